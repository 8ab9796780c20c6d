package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSimRecordsOpenInReplayAndReport writes the records of a Berlin run
// and of a generated family's run, then opens every save as replay and
// report do (the commands themselves, in-process, from another working
// folder): each must verify against its scenario.
func TestSimRecordsOpenInReplayAndReport(t *testing.T) {
	dir := t.TempDir()
	berlin, twoparty := filepath.Join(dir, "berlin"), filepath.Join(dir, "twoparty")
	for _, args := range [][]string{
		{"--games", "3", "--records", berlin},
		{"--family", "twoparty", "--generated", "3", "--bots", "hard", "--vs", "boulware", "--records", twoparty},
	} {
		code, _, errs := simRun(t, args...)
		if code != 0 || !strings.Contains(errs, "wrote 3 records to") {
			t.Fatalf("sim %v: exit %d, stderr %q", args, code, errs)
		}
	}
	t.Chdir(t.TempDir()) // the saves must not depend on the working folder
	for _, folder := range []string{berlin, twoparty} {
		saves, _ := filepath.Glob(filepath.Join(folder, "*.bws"))
		yamls, _ := filepath.Glob(filepath.Join(folder, "*.yaml"))
		if len(saves) != 3 {
			t.Fatalf("%s: %d saves, want 3", folder, len(saves))
		}
		if want := map[string]int{berlin: 0, twoparty: 3}[folder]; len(yamls) != want {
			t.Fatalf("%s: %d scenario files, want %d (one per generated case, none for a built-in scenario)", folder, len(yamls), want)
		}
		if readme, err := os.ReadFile(filepath.Join(folder, "README.txt")); err != nil || !strings.Contains(string(readme), "bindingwords replay") {
			t.Fatalf("%s: README.txt %q, %v", folder, readme, err)
		}
		for _, s := range saves {
			var out, errs strings.Builder
			if code := Run([]string{"replay", "--verify", s}, &out, &errs); code != 0 || !strings.Contains(out.String(), "verified") {
				t.Fatalf("replay %s: exit %d\n%s%s", s, code, out.String(), errs.String())
			}
		}
		html := filepath.Join(t.TempDir(), "r.html")
		var out, errs strings.Builder
		if code := Run([]string{"report", "--out", html, saves[0]}, &out, &errs); code != 0 {
			t.Fatalf("report %s: exit %d\n%s", saves[0], code, errs.String())
		}
	}
	// The scenario file is what the generated saves replay against: gone,
	// the save cannot be opened, and the message says where it was.
	yamls, _ := filepath.Glob(filepath.Join(twoparty, "*.yaml"))
	slices.Sort(yamls)
	if err := os.Remove(yamls[0]); err != nil {
		t.Fatal(err)
	}
	saves, _ := filepath.Glob(filepath.Join(twoparty, "*.bws"))
	slices.Sort(saves)
	var out, errs strings.Builder
	if code := Run([]string{"replay", "--verify", saves[0]}, &out, &errs); code != 1 || !strings.Contains(errs.String(), "not there") {
		t.Fatalf("replay without its scenario file: exit %d, stderr %q", code, errs.String())
	}
}

func TestSimFamilyGroupTable(t *testing.T) {
	code, out, errs := simRun(t, "--family", "rules", "--generated", "2", "--vs", "boulware")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"Generated families: 2 cases per family (seeds 1–2), 1 game each", "Family", "Nash pts", "Adv. base",
		"rules-majority", "rules-twothirds", "rules-none", "rules-mustagree", "rules-secret"} {
		if !strings.Contains(out, want) {
			t.Errorf("the table lacks %q:\n%s", want, out)
		}
	}
	m := simJSON(t, "--family", "optional", "--generated", "2")
	fams, _ := m["families"].([]any)
	if len(fams) != 2 {
		t.Fatalf("--json of a group: %d reports, want 2", len(fams))
	}
	for i, want := range []string{"optional-absent", "optional-present"} {
		if f := fams[i].(map[string]any)["family"]; f != want {
			t.Errorf("report %d is of family %v, want %s", i, f, want)
		}
	}
}

// The families keep the old benchmark: --generated alone is the narrow
// family, game for game.
func TestSimNarrowFamilyIsTheOldGenerated(t *testing.T) {
	_, plain, _ := simRun(t, "--generated", "4", "--bots", "hard")
	_, named, _ := simRun(t, "--generated", "4", "--bots", "hard", "--family", "narrow")
	if withoutSpeed(plain) != withoutSpeed(named) {
		t.Fatalf("--family narrow differs from --generated alone:\n%s\n---\n%s", plain, named)
	}
	if !strings.Contains(plain, "4 generated scenarios of family narrow") {
		t.Errorf("the header does not name the family:\n%s", plain)
	}
}

func TestSimTopTexts(t *testing.T) {
	m := simJSON(t, "--games", "30")
	texts, _ := m["top_texts"].([]any)
	if len(texts) == 0 || len(texts) > 5 {
		t.Fatalf("%d top texts, want 1–5", len(texts))
	}
	prev, share := 1<<30, 0.0
	for _, x := range texts {
		row := x.(map[string]any)
		g := int(row["games"].(float64))
		if g > prev || !strings.Contains(row["text"].(string), "response=") {
			t.Fatalf("top texts out of order or not slot=option: %v", texts)
		}
		prev = g
		share += row["share"].(float64)
	}
	if share > m["agreement_rate"].(float64)+1e-9 {
		t.Errorf("the top texts hold %.3f of the games, more than the %.3f signed", share, m["agreement_rate"])
	}
	_, out, _ := simRun(t, "--games", "30")
	if !strings.Contains(out, "Most frequent final texts") {
		t.Errorf("the table does not show the final texts:\n%s", out)
	}
}

func TestSimFamilyMistakes(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--family", "twoparties"}, `unknown family "twoparties"`},
		{[]string{"--family", "neutral", "--scenario", "berlin"}, "cannot be combined"},
		{[]string{"--records", " "}, "--records: want a folder"},
	} {
		code, _, errs := simRun(t, c.args...)
		if code != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("sim %v: exit %d, stderr %q; want 2 and %q", c.args, code, errs, c.want)
		}
	}
}
