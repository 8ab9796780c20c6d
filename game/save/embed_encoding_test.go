//go:build !js

package save

import (
	"bytes"
	"strings"
	"testing"

	"bindingwords/scenarios"
)

// How the scenario section keeps a scenario's bytes (issue 14, item 4).

// The section keeps the scenario's bytes exactly, whatever they are:
// Windows line breaks, no final line break, trailing spaces, a lone
// carriage return, a byte order mark, bytes that are not text.
func TestEmbeddedScenarioEncodings(t *testing.T) {
	for _, c := range []struct {
		name, text, enc string
	}{
		{"plain", "id: x\n\ntitle: y\n", encText},
		{"no final break", "id: x\ntitle: y", encText},
		{"blank lines at the end", "id: x\n\n\n", encText},
		{"a leading space", "  id: x\n", encText},
		{"windows", "id: x\r\n\r\ntitle: y\r\n", encCRLF},
		{"windows, no final break", "id: x\r\ntitle: y", encCRLF},
		{"mixed breaks", "id: x\r\ntitle: y\n", encBase64},
		{"a lone CR", "id: x\rtitle: y\n", encBase64},
		{"trailing spaces", "id: x  \n", encBase64},
		{"a byte order mark", "\ufeffid: x\n", encBase64},
		{"a control character", "id: x\x1b[2J\n", encBase64},
		{"a text-direction override", "id: x\u202e\n", encBase64},
		{"not UTF-8", "id: \xff\n", encBase64},
		{"only a break", "\n", encBase64},
	} {
		t.Run(c.name, func(t *testing.T) {
			var b bytes.Buffer
			writeScenario(&b, []byte(c.text))
			ls := lines(b.Bytes())
			if enc := strings.Fields(ls[0])[2]; enc != c.enc {
				t.Errorf("encoding %s, want %s", enc, c.enc)
			}
			_, rest, _ := strings.Cut(ls[0], " ")
			got, next, _, err := readScenario(ls, 0, rest)
			if err != nil || string(got) != c.text || next != len(ls) {
				t.Fatalf("read back %q (next %d of %d, %v), want %q\n%s", got, next, len(ls), err, c.text, b.Bytes())
			}
			if !bytes.Equal(b.Bytes(), bytes.ToValidUTF8(b.Bytes(), nil)) || bytes.Contains(b.Bytes(), []byte("\r")) {
				t.Errorf("the section is not plain text on lines:\n%q", b.Bytes())
			}
		})
	}
}

// A save that carries a scenario file saved on Windows, itself opened
// and saved by a Windows editor, still loads.
func TestEmbeddedScenarioThroughWindows(t *testing.T) {
	forgetScenarios(t)
	yaml := bytes.ReplaceAll(mustRead(t, "testdata/scenarios/harbour.yaml"), []byte("\n"), []byte("\r\n"))
	sc, rep := scenarios.Load("harbour.yaml", yaml)
	if rep.HasErrors() {
		t.Fatal(rep)
	}
	RememberScenarioText(sc, yaml)
	g, seats := play(t, sc, 2, 20)
	f, _ := FileOf(g, seats, Meta{})
	data, err := f.Marshal()
	if err != nil || !bytes.Contains(data, []byte(" crlf\n")) {
		t.Fatalf("%v\n%.200s", err, data)
	}
	forgetScenarios(t)
	for name, d := range map[string][]byte{"as written": data, "with CRLF": bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))} {
		l, err := Load("game.bws", d, testFinder)
		if err != nil || !bytes.Equal(l.Save.Scenario, yaml) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
