package hostproc

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"time"

	"bindingwords/game/host"
	"bindingwords/game/rules"
	"bindingwords/game/save"
)

// Config is how the child serves.
type Config struct {
	// Name heads each line the host logs on stderr, e.g. "classsim host".
	Name string
	// Saves, when set, is a folder where the host autosaves every table
	// (after each phase and round, on the table's goroutine), as the host
	// command does.
	Saves string
	// Scenario is what the tables play; the store is told of it so that
	// the saves can be read back.
	Scenario *rules.Scenario
}

// Reply writes one answer line to the parent.
type Reply func(format string, args ...any)

// Serve is the child's side: the real classroom host with its default
// limits on a loopback port, served as the host command serves it. It
// says "addr 127.0.0.1:PORT" on out, then hands handle each line read
// from in, with the host (to add tables to) and a way to answer. When in
// ends (the parent closed it or exited) it closes the host and returns.
func Serve(cfg Config, in io.Reader, out io.Writer, handle func(h *host.Host, line string, reply Reply)) error {
	var store *save.Store
	if cfg.Saves != "" {
		var err error
		if store, err = save.Open(cfg.Saves); err != nil {
			return err
		}
		store.RegisterScenario(cfg.Scenario, "")
	}
	h := host.New(host.Config{Store: store, Logf: func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, cfg.Name+": "+format+"\n", args...)
	}})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	// As the host command serves.
	srv := &http.Server{Handler: h.Handler(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 16 << 10}
	go func() { _ = srv.Serve(ln) }()
	defer func() {
		h.Close()
		_ = srv.Close()
	}()
	w := bufio.NewWriter(out)
	reply := func(format string, args ...any) {
		fmt.Fprintf(w, format+"\n", args...)
		_ = w.Flush()
	}
	reply("addr %s", ln.Addr())
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		handle(h, sc.Text(), reply)
	}
	return sc.Err()
}
