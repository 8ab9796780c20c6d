package host

import (
	"context"
	"errors"
	"net"
	"net/http"
	"sync"
	"time"
)

// A Server is a host serving on the network: the team page, the rooms and
// the devices' sockets at one port.
type Server struct {
	srv       *http.Server
	ln        net.Listener
	port      int
	urls      []string
	onNetwork bool
	done      chan struct{}
	err       error
	closeOnce sync.Once
}

// Serve serves h at addr (host:port; ":8080" listens on every interface,
// ":0" on a free port) until [Server.Close]. It returns once it listens,
// so that the addresses it gives are ready to be opened.
func Serve(h *Host, addr string) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	host, _, _ := net.SplitHostPort(addr)
	port := ln.Addr().(*net.TCPAddr).Port
	s := &Server{ln: ln, port: port, done: make(chan struct{}),
		srv: HTTPServer(h.Handler())}
	s.urls, s.onNetwork = urlsFor(host, port, LocalIPv4())
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.err = err
		}
	}()
	return s, nil
}

// Port is the port the server listens on.
func (s *Server) Port() int { return s.port }

// URLs are the addresses the teams' devices open: http://IP:PORT/ for
// every IPv4 address this machine has on a network, or loopback when it
// is on none (see [Server.OnNetwork]).
func (s *Server) URLs() []string { return append([]string(nil), s.urls...) }

// OnNetwork reports whether devices other than this machine can reach the
// server: false when the machine is on no network, or it listens on
// loopback only.
func (s *Server) OnNetwork() bool { return s.onNetwork }

// Done is closed once the server has stopped serving.
func (s *Server) Done() <-chan struct{} { return s.done }

// Close stops the server: it stops listening and waits up to 5 s for the
// requests in progress. The host's tables go on until [Host.Close]; a
// device's socket is the host's, and ends with it.
func (s *Server) Close() error {
	var err error
	s.closeOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		err = s.srv.Shutdown(ctx)
		<-s.done
		if err == nil {
			err = s.err
		}
	})
	return err
}

// HTTPServer serves handler to a class's devices: slow or idle clients
// cannot hold its connections (a class's devices reconnect on their own),
// and request headers are small. The host and serve-web both use it.
func HTTPServer(handler http.Handler) *http.Server {
	return &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 16 << 10}
}
