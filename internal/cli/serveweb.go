package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"path/filepath"
	"strconv"

	"bindingwords/game/host"
	"bindingwords/web/serve"
)

func init() {
	register(command{
		name:    "serve-web",
		summary: "serve the browser build (bash scripts/build-web.sh) compressed, for solo or hot-seat play",
		run:     runServeWeb,
	})
}

func serveWebUsage(w io.Writer) {
	fmt.Fprintln(w, "Usage: bindingwords serve-web [--dir DIR] [--port N] [--lan | --listen ADDR]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Serve the browser version of the game, built by \"bash scripts/build-web.sh\",")
	fmt.Fprintln(w, "so that each device downloads it compressed: about 7 MB instead of 30. Every")
	fmt.Fprintln(w, "device then plays on its own (solo against AI delegates, or hot-seat); for a")
	fmt.Fprintln(w, "class playing one game from its devices, use \"bindingwords host\" instead.")
	fmt.Fprintln(w, "Stop with Ctrl+C.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "  --dir DIR       the built folder (default web)")
	fmt.Fprintln(w, "  --port N        the port to serve on (default 8080)")
	fmt.Fprintln(w, "  --lan           let the devices on this network open it (listen on every")
	fmt.Fprintln(w, "                  interface); without it, only this machine can")
	fmt.Fprintln(w, "  --listen ADDR   the address to listen on (default 127.0.0.1)")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Exit status: 0 when stopped, 1 if it cannot start, 2 for a usage mistake.")
}

func runServeWeb(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("serve-web", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	dir := flags.String("dir", "web", "")
	port := intFlag(flags, "port", 8080, "")
	lan := flags.Bool("lan", false, "")
	listen := flags.String("listen", "127.0.0.1", "")
	rest, code, ok := parseFlags(flags, args, "serve-web", serveWebUsage, stdout, stderr)
	if !ok {
		return code
	}
	usageErr := func(format string, args ...any) int {
		return usageError(stderr, "serve-web", serveWebUsage, format, args...)
	}
	listenSet := false
	flags.Visit(func(f *flag.Flag) { listenSet = listenSet || f.Name == "listen" })
	switch {
	case len(rest) > 0:
		return usageErr("unexpected argument %q", rest[0])
	case *port < 0 || *port > 65535:
		return usageErr("--port %d: want 0 to 65535", *port)
	case *lan && listenSet:
		return usageErr("--lan and --listen: choose one (--lan listens on every interface)")
	case !*lan && net.ParseIP(*listen) == nil:
		return usageErr("--listen %q: want an IP address, e.g. 127.0.0.1 or 192.168.1.5", *listen)
	}
	fail := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "bindingwords serve-web: "+format+"\n", args...)
		return 1
	}
	const wasm = "bindingwords.wasm"
	if _, _, err := serve.Sizes(*dir, wasm); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fail("%s has no %s: build it first with \"bash scripts/build-web.sh\" (or name the folder with --dir)", *dir, wasm)
		}
		return fail("%v", err)
	}
	// A folder built without build-web.sh's gzip copies gets them now,
	// once, rather than sending 30 MB to every device.
	wrote, err := serve.Prepare(*dir)
	if err != nil {
		return fail("cannot write the compressed copies in %s: %v", *dir, err)
	}
	for _, w := range wrote {
		fmt.Fprintf(stdout, "Wrote %s (the compressed copy the devices download).\n", filepath.Join(*dir, w))
	}
	plain, gz, err := serve.Sizes(*dir, wasm)
	if err != nil {
		return fail("%v", err)
	}
	h, err := serve.Handler(*dir)
	if err != nil {
		return fail("%v", err)
	}
	addr := *listen
	if *lan {
		addr = ""
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(addr, strconv.Itoa(*port)))
	if err != nil {
		return fail("cannot listen on port %d: %v (another program may use it: try --port %d)", *port, err, *port+1)
	}
	srv := host.HTTPServer(h)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()

	p := ln.Addr().(*net.TCPAddr).Port
	fmt.Fprintf(stdout, "Serving the browser build in %s: each device downloads %s (%s before compression).\n", *dir, mb(gz), mb(plain))
	var urls []string
	if *lan {
		for _, ip := range host.LocalIPv4() {
			urls = append(urls, "http://"+net.JoinHostPort(ip, strconv.Itoa(p))+"/")
		}
		if len(urls) == 0 {
			fmt.Fprintln(stdout, "This machine is on no network: only it can open the game.")
			urls = []string{fmt.Sprintf("http://127.0.0.1:%d/", p)}
		}
	} else {
		urls = []string{"http://" + net.JoinHostPort(*listen, strconv.Itoa(p)) + "/"}
	}
	for _, u := range urls {
		fmt.Fprintf(stdout, "Open %s\n", u)
	}
	if !*lan && net.ParseIP(*listen).IsLoopback() {
		fmt.Fprintln(stdout, "Only this machine can open it; add --lan for the devices on this network.")
	}
	fmt.Fprintln(stdout, "Stop with Ctrl+C.")
	if writeErr(stdout) != nil {
		_ = srv.Close()
		return 1
	}
	ctx, stop := hostSignals()
	defer stop()
	select {
	case <-ctx.Done():
	case err := <-done:
		return fail("%v", err)
	}
	_ = srv.Close()
	fmt.Fprintln(stdout, "Stopped.")
	return 0
}

// mb writes a size in megabytes with one decimal, as a teacher reads it;
// "no compressed copy" when n is 0.
func mb(n int64) string {
	if n == 0 {
		return "no compressed copy"
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
