package scenarios

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestReport(t *testing.T) {
	r := &Report{File: "f.yaml", Diagnostics: []Diagnostic{
		{File: "f.yaml", Line: 9, Col: 1, Msg: "late", Warning: true},
		{File: "f.yaml", Line: 2, Col: 7, Msg: "b"},
		{File: "f.yaml", Line: 2, Col: 3, Msg: "a"},
		{File: "f.yaml", Line: 2, Col: 7, Msg: "b"}, // an exact repeat goes
		{File: "f.yaml", Line: 2, Col: 7, Msg: "c"}, // same place: keeps its order
	}}
	r.sort()
	var got []string
	for _, d := range r.Diagnostics {
		got = append(got, d.String())
	}
	want := []string{"f.yaml:2:3: a", "f.yaml:2:7: b", "f.yaml:2:7: c", "f.yaml:9:1: warning: late"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sorted:\n got  %q\n want %q", got, want)
	}
	if !r.HasErrors() || len(r.Errors()) != 3 || len(r.Warnings()) != 1 {
		t.Errorf("HasErrors=%v errors=%d warnings=%d, want true, 3, 1", r.HasErrors(), len(r.Errors()), len(r.Warnings()))
	}
	if got, want := r.Error(), "f.yaml:2:3: a\nf.yaml:2:7: b\nf.yaml:2:7: c"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	var none *Report
	if none.HasErrors() || none.Warnings() != nil {
		t.Error("a nil report has neither errors nor warnings")
	}
}

// TestTooManyProblems checks that a hopeless file gives a bounded report
// that says it stopped.
func TestTooManyProblems(t *testing.T) {
	// 300 distinct unknown keys, at most maxKeys in one mapping.
	data := []byte("id: t\n")
	for i := range 150 {
		data = fmt.Appendf(data, "key%d: 1\n", i)
	}
	data = fmt.Appendf(data, "attributes:\n")
	for i := range 150 {
		data = fmt.Appendf(data, "  - id: a%d\n    key%d: 1\n", i, i)
	}
	_, r := Load("many.yaml", data)
	if n := len(r.Diagnostics); n != maxDiagnostics+1 {
		t.Fatalf("%d diagnostics, want %d and one saying so", n, maxDiagnostics+1)
	}
	said := false
	for _, d := range r.Diagnostics {
		said = said || strings.HasPrefix(d.Msg, "too many problems")
	}
	if !said || !r.HasErrors() {
		t.Errorf("no diagnostic says the list stops:\n%s", render(r))
	}
}
