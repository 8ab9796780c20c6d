package host

import (
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/scenarios"
)

func TestJoinURLIsUpperCaseForAQRCode(t *testing.T) {
	for _, c := range []struct{ base, code, want string }{
		{"http://192.168.1.5:8080/", "kbtr", "HTTP://192.168.1.5:8080/KBTR"},
		{"http://10.0.0.2:80", "K-BTR", "HTTP://10.0.0.2:80/KBTR"},
	} {
		if got := JoinURL(c.base, c.code); got != c.want {
			t.Errorf("JoinURL(%q, %q) = %q, want %q", c.base, c.code, got, c.want)
		}
	}
}

func TestURLsForEveryNetworkOrLoopback(t *testing.T) {
	for _, c := range []struct {
		listen string
		ips    []string
		want   []string
		net    bool
	}{
		{"", []string{"192.168.1.5", "10.0.0.2"}, []string{"http://192.168.1.5:8080/", "http://10.0.0.2:8080/"}, true},
		{"0.0.0.0", nil, []string{"http://127.0.0.1:8080/"}, false},
		{"127.0.0.1", []string{"192.168.1.5"}, []string{"http://127.0.0.1:8080/"}, false},
		{"192.168.1.5", []string{"192.168.1.5", "10.0.0.2"}, []string{"http://192.168.1.5:8080/"}, true},
	} {
		got, on := urlsFor(c.listen, 8080, c.ips)
		if !slices.Equal(got, c.want) || on != c.net {
			t.Errorf("urlsFor(%q, %v) = %v, %v; want %v, %v", c.listen, c.ips, got, on, c.want, c.net)
		}
	}
	for _, ip := range LocalIPv4() {
		if strings.HasPrefix(ip, "127.") || strings.HasPrefix(ip, "169.254.") || strings.Contains(ip, ":") {
			t.Errorf("LocalIPv4 lists %s", ip)
		}
	}
}

// TestServeServesTheRoomAtItsOwnAddress: a host served on loopback gives
// its address, serves the team page at /CODE (any case) and stops on
// Close.
func TestServeServesTheRoomAtItsOwnAddress(t *testing.T) {
	sc, err := scenarios.Find("berlin")
	if err != nil {
		t.Fatal(err)
	}
	m, err := match.New(match.Config{Scenario: sc, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	h := New(Config{Logf: t.Logf})
	defer h.Close()
	tab, err := h.AddTable(m, TableOptions{Lobby: true})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := Serve(h, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://127.0.0.1:" + strconv.Itoa(srv.Port()) + "/"
	if srv.Port() == 0 || !slices.Equal(srv.URLs(), []string{base}) || srv.OnNetwork() {
		t.Errorf("port %d, URLs %v, on a network %v", srv.Port(), srv.URLs(), srv.OnNetwork())
	}
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	page := h.files.byPath["/"]
	for _, path := range []string{tab.Code(), strings.ToLower(tab.Code())} {
		if code, body := get(path); code != http.StatusOK || body != string(page.plain) {
			t.Errorf("GET /%s: %d, %d bytes", path, code, len(body))
		}
	}
	// The QR code's address, as a phone's browser reads it.
	qr := JoinURL(srv.URLs()[0], tab.Code())
	if code, _ := get(qr[len(base):]); code != http.StatusOK {
		t.Errorf("GET %s: %d", qr, code)
	}
	for _, path := range []string{"favicon.ico", "ABCDE", "AEIO"} {
		if code, _ := get(path); code != http.StatusNotFound {
			t.Errorf("GET /%s: %d, want not found", path, code)
		}
	}
	if err := srv.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := http.Get(base); err == nil {
		t.Error("the server still answers after Close")
	}
}
