package scenarios

import (
	"fmt"
	"sort"
	"strings"
)

// A Diagnostic is one problem found in a scenario file, at a position.
// Errors make the file unusable; warnings point at something a teacher
// probably did not intend but that the game can still play.
type Diagnostic struct {
	File string
	// Line and Col are 1-based; Col counts characters.
	Line, Col int
	// Msg says what is wrong and what was expected.
	Msg     string
	Warning bool
}

// String formats d the way compilers do, so that editors can jump to it:
// "file:line:col: msg", with "warning: " before the message of a warning.
func (d Diagnostic) String() string {
	kind := ""
	if d.Warning {
		kind = "warning: "
	}
	return fmt.Sprintf("%s:%d:%d: %s%s", d.File, d.Line, d.Col, kind, d.Msg)
}

// A Report holds every diagnostic of one file, sorted by position.
//
// A *Report is also an error (listing the errors, not the warnings), so that
// callers who only want to fail can return it as one.
type Report struct {
	// File is the name the file was loaded under, as in its diagnostics.
	File        string
	Diagnostics []Diagnostic
	// partyAt keeps where each party is, for [Report.CheckBalance].
	partyAt []pos
}

// HasErrors reports whether any diagnostic is an error. A nil report has none.
func (r *Report) HasErrors() bool {
	return len(r.Errors()) > 0
}

// Errors returns the diagnostics that are errors, in file order.
func (r *Report) Errors() []Diagnostic {
	return r.filter(false)
}

// Warnings returns the diagnostics that are warnings, in file order.
func (r *Report) Warnings() []Diagnostic {
	return r.filter(true)
}

func (r *Report) filter(warning bool) []Diagnostic {
	if r == nil {
		return nil
	}
	var out []Diagnostic
	for _, d := range r.Diagnostics {
		if d.Warning == warning {
			out = append(out, d)
		}
	}
	return out
}

// Error lists the report's errors, one per line.
func (r *Report) Error() string {
	var b strings.Builder
	for i, d := range r.Errors() {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.String())
	}
	return b.String()
}

// sort orders the diagnostics by position and drops exact repeats. The sort
// is stable, so two diagnostics at one place keep the order they were found
// in, which follows the file.
func (r *Report) sort() {
	ds := r.Diagnostics
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Line != ds[j].Line {
			return ds[i].Line < ds[j].Line
		}
		return ds[i].Col < ds[j].Col
	})
	out := ds[:0]
	for _, d := range ds {
		if len(out) > 0 && d == out[len(out)-1] {
			continue
		}
		out = append(out, d)
	}
	r.Diagnostics = out
}
