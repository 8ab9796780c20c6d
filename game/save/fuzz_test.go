package save

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad feeds the reader anything: it must return a save or an
// *Error, never panic or hang; and a save that loads must write and load
// back to the same game. The corpus is every fixture (of format 5 too, and
// testdata/broken) and the committed inputs in testdata/fuzz/FuzzLoad.
func FuzzLoad(f *testing.F) {
	files, _ := filepath.Glob("testdata/v*/*")
	broken, _ := filepath.Glob("testdata/broken/*")
	files = append(files, broken...)
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Load("fuzz.bws", data, testFinder)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		out, err := l.Save.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		l2, err := Load("again.bws", out, testFinder)
		if err != nil {
			t.Fatalf("a save that loaded does not load once written again: %v", err)
		}
		if l2.Game.Hash() != l.Game.Hash() {
			t.Fatalf("written again, it replays to %s, not %s", l2.Game.Hash(), l.Game.Hash())
		}
	})
}
