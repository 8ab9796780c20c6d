package scenarios

import (
	"os"
	"strings"
	"testing"
)

// TestBallot reads the adoption rule's ballot: open by default, secret
// when asked, and a clear error for anything else.
func TestBallot(t *testing.T) {
	data, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	if !strings.Contains(src, "    others: majority\n") {
		t.Fatal("the example no longer has the adoption line this test edits")
	}
	if sc, r := Load("minimal.yaml", data); sc == nil || sc.Adoption.Secret {
		t.Fatalf("the default ballot must be open:\n%s", render(r))
	}
	secret := strings.Replace(src, "    others: majority\n", "    others: majority\n    ballot: secret\n", 1)
	if sc, r := Load("minimal.yaml", []byte(secret)); sc == nil || !sc.Adoption.Secret {
		t.Fatalf("ballot: secret was not read:\n%s", render(r))
	}
	bad := strings.Replace(src, "    others: majority\n", "    others: majority\n    ballot: hidden\n", 1)
	_, r := Load("minimal.yaml", []byte(bad))
	if !strings.Contains(render(r), "ballot: expected open or secret, found") {
		t.Fatalf("want a clear error for a bad ballot, got:\n%s", render(r))
	}
}
