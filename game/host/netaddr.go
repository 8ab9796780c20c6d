package host

import (
	"fmt"
	"net"
	"strconv"
	"strings"
)

// LocalIPv4 lists this machine's IPv4 addresses on the networks it is
// on: not loopback, not link-local (an address a device only gets when no
// network gave it one), on interfaces that are up.
func LocalIPv4() []string {
	var out []string
	ifaces, err := net.Interfaces()
	if err != nil {
		return nil
	}
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && !n.IP.IsLoopback() && !n.IP.IsLinkLocalUnicast() {
				out = append(out, n.IP.String())
			}
		}
	}
	return out
}

// urlsFor are the addresses the teams' devices can open for a server
// listening on listen (an IP, or "" / unspecified for every interface) at
// port: that IP alone, or every IPv4 address of this machine, or loopback
// when it is on no network. onNetwork is false in that last case.
func urlsFor(listen string, port int, ips []string) (urls []string, onNetwork bool) {
	p := strconv.Itoa(port)
	if ip := net.ParseIP(listen); ip != nil && !ip.IsUnspecified() {
		return []string{"http://" + net.JoinHostPort(listen, p) + "/"}, !ip.IsLoopback()
	}
	for _, ip := range ips {
		urls = append(urls, "http://"+net.JoinHostPort(ip, p)+"/")
	}
	if len(urls) == 0 {
		return []string{fmt.Sprintf("http://127.0.0.1:%d/", port)}, false
	}
	return urls, true
}

// JoinURL is the address of a room for a QR code: base (an address of
// [Server.URLs]) with the room code as its path, all in upper case, e.g.
// HTTP://192.168.1.5:8080/KBTR. A QR code holds upper-case letters,
// digits and a few signs in its alphanumeric mode, which makes a smaller
// code than bytes; browsers read the scheme and host in any case, and the
// host serves the team page at the code's path.
func JoinURL(base, code string) string {
	return strings.ToUpper(strings.TrimSuffix(base, "/") + "/" + NormalCode(code))
}
