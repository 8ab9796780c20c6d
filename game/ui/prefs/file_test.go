//go:build !js

package prefs

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFileRoundTripAndBrokenFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", FileName)
	s := File(path)
	if p, err := s.Load(); err != nil || p != (Prefs{}) {
		t.Fatalf("a missing file: got %+v, %v; want zero and no error", p, err)
	}
	want := Prefs{UIScale: 1.1, TextSize: 1.3, HighContrast: true}
	if err := s.Save(want); err != nil {
		t.Fatal(err)
	}
	want.Version = Version
	if got, err := s.Load(); err != nil || got != want {
		t.Fatalf("round trip: got %+v, %v; want %+v", got, err, want)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("the folder holds %d files after a save; want only %s", len(entries), FileName)
	}
	if err := os.WriteFile(path, []byte("{{{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if p, err := s.Load(); err == nil || p != (Prefs{}) {
		t.Fatalf("a broken file: got %+v, %v; want zero Prefs and a note", p, err)
	}
	// The next save repairs it.
	if err := s.Save(want); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Load(); err != nil || got != want {
		t.Fatalf("after repair: got %+v, %v", got, err)
	}
}

func TestDefaultHonoursTheEnvironment(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(DirEnv, dir)
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if s.Where() != filepath.Join(dir, FileName) {
		t.Errorf("Default is %s; want it in %s", s.Where(), dir)
	}
}

// A settings.json written by version 1 is read when there is no
// settings.txt yet, and replaced by it at the next save.
func TestLegacyFileIsReadThenReplaced(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(DirEnv, dir)
	old := filepath.Join(dir, "settings.json")
	if err := os.WriteFile(old, []byte(v1), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := Prefs{Version: 1, UIScale: 1.25, TextSize: 1.15, HighContrast: true, Language: "en"}
	if got, err := s.Load(); err != nil || got != want {
		t.Fatalf("the version 1 file: got %+v, %v; want %+v", got, err, want)
	}
	if err := s.Save(want); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("settings.json is still there after a save (%v)", err)
	}
	want.Version = Version
	if got, err := s.Load(); err != nil || got != want {
		t.Fatalf("after the save: got %+v, %v; want %+v", got, err, want)
	}
	// A broken version 1 file is a calm note, as any broken file.
	os.Remove(filepath.Join(dir, FileName))
	os.WriteFile(old, []byte(`{"version":1,`), 0o644)
	if p, err := s.Load(); err == nil || p != (Prefs{}) {
		t.Errorf("a broken settings.json: got %+v, %v; want zero Prefs and a note", p, err)
	}
}
