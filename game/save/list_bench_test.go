//go:build !js

package save

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"bindingwords/scenarios"
)

// BenchmarkList measures the load list on a folder of 50 saves of the
// built-in Berlin scenario, whole games, as a class's folder holds after
// a term (issue 14, item 4: saves that carry their scenario must keep the
// window's list fast). "cold" is a new store in a new process (nothing
// parsed yet), "warm" the same store listing again. The saves carry
// their scenario (format 5) or name it only (as format 4 did).
func BenchmarkList(b *testing.B) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		b.Fatal(err)
	}
	for _, carry := range []bool{false, true} {
		dir := b.TempDir()
		for i := range 50 {
			g, seats := play(b, sc, uint64(i+1), -1)
			f, err := FileOf(g, seats, Meta{Name: fmt.Sprintf("Game %d", i)})
			if err != nil {
				b.Fatal(err)
			}
			if !carry {
				f.Scenario = nil
			}
			data, err := f.Marshal()
			if err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("game-%02d.bws", i)), data, 0o644); err != nil {
				b.Fatal(err)
			}
		}
		name := "names-scenario"
		if carry {
			name = "carries-scenario"
		}
		list := func(b *testing.B, st *Store) {
			es, err := st.List()
			if err != nil || len(es) != 50 || es[0].Err != nil {
				b.Fatalf("%v %d", err, len(es))
			}
		}
		b.Run(name+"/cold", func(b *testing.B) {
			for b.Loop() {
				forgetScenarios(b)
				st, err := Open(dir)
				if err != nil {
					b.Fatal(err)
				}
				list(b, st)
			}
		})
		b.Run(name+"/warm", func(b *testing.B) {
			st, err := Open(dir)
			if err != nil {
				b.Fatal(err)
			}
			list(b, st)
			for b.Loop() {
				list(b, st)
			}
		})
	}
}
