package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var placeholder = regexp.MustCompile(`\{[a-z]+\}`)

func placeholders(s string) string {
	p := placeholder.FindAllString(s, -1)
	sort.Strings(p)
	return strings.Join(p, ",")
}

// Every language has every English key, with the same placeholders, and
// no key that English lacks.
func TestEveryLanguageHasEveryKey(t *testing.T) {
	for lang, table := range tables {
		if names[lang] == "" {
			t.Errorf("language %q has no name", lang)
		}
		for k, v := range en {
			tv, ok := table[k]
			if !ok {
				t.Errorf("%s: missing key %q", lang, k)
				continue
			}
			if placeholders(tv) != placeholders(v) {
				t.Errorf("%s: key %q has placeholders %s, English has %s", lang, k, placeholders(tv), placeholders(v))
			}
			if strings.TrimSpace(tv) == "" {
				t.Errorf("%s: key %q is empty", lang, k)
			}
		}
		for k := range table {
			if _, ok := en[k]; !ok {
				t.Errorf("%s: key %q is not an English key", lang, k)
			}
		}
	}
}

// Every key the front end looks up exists, and every key in the table is
// used: T is always called with a literal key, so the source says exactly
// which keys are needed.
func TestEveryKeyUsedExists(t *testing.T) {
	used := map[string]bool{}
	fset := token.NewFileSet()
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != root) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "T" {
				return true
			}
			if id, ok := sel.X.(*ast.Ident); !ok || id.Name != "i18n" || len(call.Args) == 0 {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok {
				t.Errorf("%s: i18n.T must be called with a literal key", fset.Position(call.Pos()))
				return true
			}
			k, _ := strconv.Unquote(lit.Value)
			used[k] = true
			if !Has(k) {
				t.Errorf("%s: key %q is not in the English table", fset.Position(call.Pos()), k)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for k := range en {
		if !used[k] {
			t.Errorf("key %q is never used", k)
		}
	}
}

func TestPlaceholdersAreFilled(t *testing.T) {
	en["test.x"] = "{a} and {b}"
	defer delete(en, "test.x")
	if got := T("test.x", "b", 2, "a", "one"); got != "one and 2" {
		t.Errorf("got %q", got)
	}
	if got := T("no.such.key"); got != "[no.such.key]" {
		t.Errorf("got %q", got)
	}
}
