package save

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"bindingwords/game/rules"
)

// This file is the scenario a save of format 5 carries: the exact bytes of
// the scenario file the game was played on (for a built-in scenario, the
// bytes compiled into the game), so that the save replays after the file
// is edited, moved or deleted. The section sits in the header, before the
// record:
//
//	scenario 18234 text
//	| id: berlin
//	| title: The Berlin Guarantees
//	|
//	| …
//
// "scenario BYTES ENCODING", then one line per line of the text, each
// starting with "|" (and a space unless the line is empty). The section
// ends at the first line that does not start with "|". The encodings:
//
//   - text: the scenario's lines as they are, joined by "\n";
//   - crlf: the same, for a file whose every line ends in "\r\n" (a file
//     saved on Windows): the save holds "\n", the bytes "\r\n";
//   - base64: anything else (a lone "\r", a control or text-direction
//     character, bytes that are not UTF-8), in lines of 76 characters.
//
// BYTES tells whether the text ended with a line break and catches a cut
// section; the SHA-256 of the decoded bytes must be the record's scenario
// hash, or the file is refused as edited. The text is data: it is parsed
// by the scenarios package's checked loader, from memory, and never names
// a file to open.

// MaxScenarioSize bounds the scenario a save carries: the size limit of a
// scenario file (scenarios.maxFileSize; a test checks they agree), so a
// save never carries what the loader would refuse to read from disk.
const MaxScenarioSize = 1 << 20

// The encodings of an embedded scenario.
const (
	encText   = "text"
	encCRLF   = "crlf"
	encBase64 = "base64"
)

// writeScenario appends the scenario section for text to b.
func writeScenario(b *bytes.Buffer, text []byte) {
	enc := encodingOf(text)
	fmt.Fprintf(b, "scenario %d %s\n", len(text), enc)
	if enc == encBase64 {
		s := base64.StdEncoding.EncodeToString(text)
		for len(s) > 0 {
			n := min(76, len(s))
			fmt.Fprintf(b, "| %s\n", s[:n])
			s = s[n:]
		}
		return
	}
	s := string(text)
	if enc == encCRLF {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	s = strings.TrimSuffix(s, "\n")
	for l := range strings.SplitSeq(s, "\n") {
		if l == "" {
			b.WriteString("|\n")
		} else {
			fmt.Fprintf(b, "| %s\n", l)
		}
	}
}

// encodingOf chooses how text is written: as lines a person can read when
// the save's line format keeps it exact, else base64.
func encodingOf(text []byte) string {
	if !utf8.Valid(text) || len(text) == 0 {
		return encBase64
	}
	s := string(text)
	enc := encText
	if strings.Contains(s, "\r") {
		// Only "\r\n" everywhere is kept as text.
		if strings.Count(s, "\r") != strings.Count(s, "\r\n") || strings.Count(s, "\r\n") != strings.Count(s, "\n") {
			return encBase64
		}
		enc, s = encCRLF, strings.ReplaceAll(s, "\r\n", "\n")
	}
	if s == "\n" || strings.HasPrefix(s, bom) {
		return encBase64
	}
	if i, _ := rules.UnsafeChar(s, true); i > 0 {
		return encBase64
	}
	// Lines a reader of the save would see differently: trailing spaces
	// an editor may strip, the separators some split lines on.
	for l := range strings.SplitSeq(s, "\n") {
		if strings.TrimRight(l, " \t") != l || strings.ContainsAny(l, "\u2028\u2029\u0085") {
			return encBase64
		}
	}
	return enc
}

// readScenario reads the section that starts at line n of ls (the
// "scenario" line, whose fields after the key are rest) and returns the
// text and the index of the first line after the section. Its errors are
// messages for an [*Error] at the returned line (from 1).
func readScenario(ls []string, n int, rest string) (text []byte, next, errLine int, err error) {
	f := strings.Fields(rest)
	if len(f) != 2 {
		return nil, 0, n + 1, fmt.Errorf("want \"scenario BYTES text|crlf|base64\", found %q", rest)
	}
	size, perr := strconv.Atoi(f[0])
	if perr != nil || size < 1 {
		return nil, 0, n + 1, fmt.Errorf("want the scenario's size in bytes after \"scenario\", found %q", f[0])
	}
	if size > MaxScenarioSize {
		return nil, 0, n + 1, fmt.Errorf("the scenario it carries is %d bytes, larger than any scenario file may be (at most %d)", size, MaxScenarioSize)
	}
	enc := f[1]
	if enc != encText && enc != encCRLF && enc != encBase64 {
		return nil, 0, n + 1, fmt.Errorf("unknown scenario encoding %q (want text, crlf or base64)", enc)
	}
	// The most the section can hold for size bytes: base64's 4 for 3, or
	// the text and the break the writer ends it with.
	most := size + 2
	if enc == encBase64 {
		most = (size + 2) / 3 * 4
	}
	var body bytes.Buffer
	body.Grow(most)
	next = n + 1
	for ; next < len(ls) && strings.HasPrefix(ls[next], "|"); next++ {
		l := strings.TrimPrefix(ls[next][1:], " ")
		if enc == encBase64 {
			body.WriteString(l)
		} else {
			body.WriteString(l)
			if enc == encCRLF {
				body.WriteByte('\r')
			}
			body.WriteByte('\n')
		}
		// Stop reading early: a section longer than it says is damage.
		if body.Len() > most {
			return nil, 0, next + 1, fmt.Errorf("the scenario it carries runs on past the %d bytes its first line gives", size)
		}
	}
	if enc == encBase64 {
		text = make([]byte, base64.StdEncoding.DecodedLen(body.Len()))
		m, perr := base64.StdEncoding.Decode(text, body.Bytes())
		text = text[:m]
		if perr != nil {
			return nil, 0, n + 1, fmt.Errorf("the scenario it carries is not valid base64: %v", perr)
		}
	} else {
		text = body.Bytes()
		// The writer ends the last line with a break the text may lack.
		eol := "\n"
		if enc == encCRLF {
			eol = "\r\n"
		}
		if len(text) == size+len(eol) && bytes.HasSuffix(text, []byte(eol)) {
			text = text[:size]
		}
	}
	if len(text) != size {
		return nil, 0, n + 1, fmt.Errorf("the scenario it carries is cut or altered: its first line gives %d bytes, the section holds %d", size, len(text))
	}
	return text, next, 0, nil
}

// hashOf is the scenario hash of a file's bytes, as the scenarios package
// computes it.
func hashOf(text []byte) string {
	sum := sha256.Sum256(text)
	return hex.EncodeToString(sum[:])
}

// isText reports whether text is the scenario of content hash: by
// comparing it with the text kept for hash, which is quicker than
// hashing it again (the load list checks every save), or else by hashing.
func isText(hash string, text []byte) bool {
	if known, _ := lookup(hash); known != nil {
		return bytes.Equal(known, text)
	}
	return hashOf(text) == hash
}

// known holds the scenario texts this process has met, by their hash: the
// scenario files the player opened, the built-in scenarios, and the
// scenarios carried by saves that loaded, with each one's parsed form once
// it has been parsed. Keyed by content, an entry is the same whoever added
// it, so every store shares it; it is bounded, as saves of many different
// scenarios could otherwise fill the memory.
var known = struct {
	sync.Mutex
	m map[string]*knownScenario
}{m: map[string]*knownScenario{}}

type knownScenario struct {
	text []byte
	sc   *rules.Scenario
}

// maxKnown bounds the texts kept: a class uses a handful of scenarios.
const maxKnown = 16

// remember keeps text (whose hash the caller checked) and, if not nil,
// its parsed scenario.
func remember(hash string, text []byte, sc *rules.Scenario) {
	known.Lock()
	defer known.Unlock()
	if k, ok := known.m[hash]; ok {
		if sc != nil {
			k.sc = sc
		}
		return
	}
	if len(known.m) >= maxKnown {
		for h := range known.m {
			delete(known.m, h)
			break
		}
	}
	known.m[hash] = &knownScenario{text: text, sc: sc}
}

// lookup returns the text and parsed scenario kept for hash, if any.
func lookup(hash string) ([]byte, *rules.Scenario) {
	known.Lock()
	defer known.Unlock()
	if k, ok := known.m[hash]; ok {
		return k.text, k.sc
	}
	return nil, nil
}

// RememberScenarioText tells the package the exact bytes sc was loaded
// from, so that saves of its games carry them. Bytes whose hash is not
// sc's are ignored. The desktop build finds the built-in scenarios' bytes
// and the files a store registers itself ([Store.RegisterScenario]); a
// front end that loads scenarios another way (the browser build, which
// compiles them in as Go values) calls this to make its saves carry them.
func RememberScenarioText(sc *rules.Scenario, text []byte) {
	if sc == nil || len(text) == 0 || len(text) > MaxScenarioSize || hashOf(text) != sc.Hash {
		return
	}
	remember(sc.Hash, bytes.Clone(text), nil)
}

// textOf is the text a save of a game on scenario id of content hash
// carries: the one remembered for the hash, else the built-in scenario's
// bytes if they are that content, or nil (the save then names its
// scenario only, as format 4 did).
func textOf(id, hash string) []byte {
	if text, _ := lookup(hash); text != nil {
		return text
	}
	if text := builtinText(id); text != nil && hashOf(text) == hash {
		remember(hash, text, nil)
		return text
	}
	return nil
}

// embeddedScenario is the scenario a save carries, parsed with the
// scenarios package's checked loader (once per content: a load list of
// many saves of one scenario parses it once). name is the save's name for
// messages; find serves when this build has no loader (the browser), and
// then only a scenario of the very same content is taken.
func embeddedScenario(name string, f *File, find Finder) (*rules.Scenario, error) {
	r := f.Record
	if _, sc := lookup(r.ScenarioHash); sc != nil {
		return sc, nil
	}
	if parseScenario == nil {
		sc, err := find(r.Scenario, r.ScenarioHash, "")
		if err == nil && sc != nil && sc.ID == r.Scenario && sc.Hash == r.ScenarioHash {
			return sc, nil
		}
		return nil, fail(name, ScenarioChanged, 0,
			"the game was played with an earlier version of scenario %q, which the save carries; this version of the game cannot read a scenario's text (the browser build only knows its built-in scenarios as they are now): open the save in the desktop game", r.Scenario)
	}
	sc, err := parseScenario("the scenario saved in "+name, f.Scenario)
	if err != nil {
		return nil, fail(name, Corrupt, f.scenarioLine,
			"the scenario saved with this game does not load, so the game cannot be replayed (was it edited, or is this game older than the scenario checks?):\n%v", err)
	}
	if sc.ID != r.Scenario {
		return nil, fail(name, Corrupt, f.scenarioLine, "the file was edited after saving: the scenario it carries is %q, the game was played on %q", sc.ID, r.Scenario)
	}
	remember(sc.Hash, f.Scenario, sc)
	return sc, nil
}
