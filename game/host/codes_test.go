package host

import (
	"encoding/base64"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/scenarios"
)

func TestRoomCodes(t *testing.T) {
	letters := map[rune]int{}
	for range 5000 {
		c := newCode()
		if len(c) != CodeLength {
			t.Fatalf("code %q has %d letters, want %d", c, len(c), CodeLength)
		}
		for _, r := range c {
			if !strings.ContainsRune(codeLetters, r) {
				t.Fatalf("code %q has %q, not one of %s", c, r, codeLetters)
			}
			letters[r]++
		}
	}
	// 20,000 letters: each of the 19 comes up about a thousand times.
	for _, r := range codeLetters {
		if n := letters[r]; n < 700 || n > 1400 {
			t.Errorf("letter %c drawn %d times in 20,000", r, n)
		}
	}
}

// Every table a host serves has its own code, however many it serves.
func TestRoomCodesUniquePerHost(t *testing.T) {
	sc, err := scenarios.Find("berlin")
	if err != nil {
		t.Fatal(err)
	}
	h := New(Config{Logf: t.Logf})
	defer h.Close()
	seen := map[string]bool{}
	for range 300 {
		m, err := match.New(match.Config{Scenario: sc, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		tab, err := h.AddTable(m, TableOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if seen[tab.Code()] {
			t.Fatalf("code %s given to two tables", tab.Code())
		}
		seen[tab.Code()] = true
		if got, ok := h.Table(strings.ToLower(tab.Code())); !ok || got != tab {
			t.Fatalf("code %s does not find its table", tab.Code())
		}
	}
}

func TestCodeTokens(t *testing.T) {
	seen := map[string]bool{}
	for range 20000 {
		tok := newToken()
		if len(tok) != 22 || strings.Trim(tok, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != "" {
			t.Fatalf("token %q is not 22 URL-safe characters", tok)
		}
		if b, err := base64.RawURLEncoding.DecodeString(tok); err != nil || len(b) != 16 {
			t.Fatalf("token %q is not 128 bits: %v", tok, err)
		}
		if seen[tok] {
			t.Fatalf("token %q drawn twice", tok)
		}
		seen[tok] = true
	}
}

// Codes and tokens guard rooms and seats: they come from crypto/rand,
// never from a generator a device could predict.
func TestCodesFromCryptoRand(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	crypto := false
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		ast, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range ast.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			switch path {
			case "math/rand", "math/rand/v2":
				t.Errorf("%s imports %s", f, path)
			case "crypto/rand":
				crypto = crypto || f == "codes.go"
			}
		}
	}
	if !crypto {
		t.Error("codes.go does not draw from crypto/rand")
	}
}

func TestNormalCode(t *testing.T) {
	tests := []struct{ typed, want string }{
		{"HVSG", "HVSG"},
		{"hvsg", "HVSG"},
		{" hvsg ", "HVSG"},
		{"hv-sg", "HVSG"},
		{"H V S G", "HVSG"},
		{"\thvSg\t", "HVSG"},
		{"h-v s-g", "HVSG"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := NormalCode(tt.typed); got != tt.want {
			t.Errorf("NormalCode(%q) = %q, want %q", tt.typed, got, tt.want)
		}
	}
}
