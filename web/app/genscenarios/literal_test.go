package main

import (
	"bytes"
	"os"
	"testing"
)

// The committed file must be what the generator writes from the YAML
// files today.
func TestGeneratedFileIsCurrent(t *testing.T) {
	want, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../scenarios_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("web/app/scenarios_gen.go is stale: run go generate ./web/app (scripts/build-web.sh does too)")
	}
}
