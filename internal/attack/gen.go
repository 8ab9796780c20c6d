package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// gen builds the inputs: files under in, outputs of the runs under out.
type gen struct {
	repo    string
	in, out string
	seed    uint64
}

// rand is the generator of one category, seeded from the fixed seed and
// the category, so each category's inputs stay the same when another
// category changes.
func (g *gen) rand(category string) *rand.Rand {
	var h uint64
	for _, b := range []byte(category) {
		h = h*131 + uint64(b)
	}
	return rand.New(rand.NewPCG(g.seed, h))
}

// write writes an input file under in and returns its path.
func (g *gen) write(rel string, data []byte) (string, error) {
	p := filepath.Join(g.in, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return "", err
	}
	return p, os.WriteFile(p, data, 0o644)
}

// special makes the files that are not plain files: a FIFO nobody writes
// to, a folder and a link to /dev/zero, all named like a scenario.
func (g *gen) special(dir string) (fifo, folder, zeroLink string, err error) {
	base := filepath.Join(g.in, dir)
	if err = os.MkdirAll(base, 0o755); err != nil {
		return
	}
	fifo, folder, zeroLink = filepath.Join(base, "fifo.yaml"), filepath.Join(base, "folder.yaml"), filepath.Join(base, "zero.yaml")
	if err = syscall.Mkfifo(fifo, 0o644); err != nil {
		return
	}
	if err = os.Mkdir(folder, 0o755); err != nil {
		return
	}
	err = os.Symlink("/dev/zero", zeroLink)
	return
}

// lines splits a file into lines, each without its "\n".
func splitLines(data []byte) []string {
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

func joinLines(ls []string) []byte {
	return []byte(strings.Join(ls, "\n") + "\n")
}

// findLine is the index of the first line whose text, without its
// indentation, starts with prefix, at or after from; -1 if none.
func findLine(ls []string, from int, prefix string) int {
	for i := max(from, 0); i < len(ls); i++ {
		if strings.HasPrefix(strings.TrimLeft(ls[i], " "), prefix) {
			return i
		}
	}
	return -1
}

// mustLine is findLine for lines the generators rely on.
func mustLine(ls []string, from int, prefix string) (int, error) {
	if i := findLine(ls, from, prefix); i >= 0 {
		return i, nil
	}
	return -1, fmt.Errorf("no line starting %q: the fixture has changed", prefix)
}

// withLine returns ls with line i replaced by repl (which may hold
// several lines, or none).
func withLine(ls []string, i int, repl ...string) []string {
	out := append([]string(nil), ls[:i]...)
	out = append(out, repl...)
	return append(out, ls[i+1:]...)
}

// insertAt returns ls with extra inserted before line i.
func insertAt(ls []string, i int, extra ...string) []string {
	out := append([]string(nil), ls[:i]...)
	out = append(out, extra...)
	return append(out, ls[i:]...)
}

func crlf(data []byte) []byte {
	return bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
}

var bom = []byte("\ufeff")
