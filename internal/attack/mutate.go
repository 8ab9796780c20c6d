package main

import (
	"fmt"
	"math/rand/v2"
)

// Random structural mutations of the scenario: the edits a careless
// copy, a bad merge or a damaged disk make. Whether the result still
// loads depends on where they land, so they are all Harmless: only a
// crash, a hang, terminal control in the output or an unclear message
// counts. Every tenth is also run through analyze.
const mutationsPerKind = 45

func (g *gen) mutations(base []byte, ls []string, bodyAt int) []Case {
	r := g.rand("mutations")
	body := func() int { return bodyAt + r.IntN(len(ls)-bodyAt) }
	kinds := []struct {
		name string
		edit func() []byte
	}{
		{"delete-line", func() []byte { return joinLines(withLine(ls, body())) }},
		{"duplicate-line", func() []byte { i := body(); return joinLines(insertAt(ls, i, ls[i])) }},
		{"swap-lines", func() []byte {
			i, j := body(), body()
			out := append([]string(nil), ls...)
			out[i], out[j] = out[j], out[i]
			return joinLines(out)
		}},
		{"move-line", func() []byte {
			i, j := body(), body()
			return joinLines(insertAt(withLine(ls, i), min(j, len(ls)-1), ls[i]))
		}},
		{"cut", func() []byte { return base[:len(base)-1-r.IntN(len(base)-len(joinLines(ls[:bodyAt])))] }},
		{"flip-bit", func() []byte {
			out := append([]byte(nil), base...)
			i := len(joinLines(ls[:bodyAt])) + r.IntN(len(out)-len(joinLines(ls[:bodyAt])))
			out[i] ^= 1 << r.IntN(8)
			return out
		}},
		{"indent-line", func() []byte { i := body(); return joinLines(withLine(ls, i, "  "+ls[i])) }},
		{"outdent-line", func() []byte {
			i := body()
			l := ls[i]
			if len(l) >= 2 && l[:2] == "  " {
				l = l[2:]
			}
			return joinLines(withLine(ls, i, l))
		}},
	}
	var cs []Case
	n := 0
	for _, k := range kinds {
		for i := range mutationsPerKind {
			name := fmt.Sprintf("mutate-%s-%02d", k.name, i)
			cmds := checkOnly
			if n%10 == 0 {
				cmds = checkAnalyze
			}
			n++
			more, err := g.scenario(name, Harmless, k.edit(), cmds, nil)
			if err == nil {
				cs = append(cs, more...)
			}
		}
	}
	return cs
}

// junk is n random bytes.
func junk(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}
