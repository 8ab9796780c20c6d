package save

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"bindingwords/game/rules"
	"bindingwords/internal/fileread"
)

// A Finder returns the scenario a saved game was played on, from its id,
// its content hash and (for a scenario file) the path it was loaded from.
// It need not check the hash: [Load] does.
type Finder func(id, hash, source string) (*rules.Scenario, error)

// Loaded is a save that loaded: the game replayed to where it was saved,
// every state hash checked.
type Loaded struct {
	// File is the save's name or path, as given.
	File string
	// Save is the parsed file (in the current version) and Game the game
	// it replays to, on Scenario.
	Save     *File
	Scenario *rules.Scenario
	Game     *rules.Game
	// Seats says who played each delegation, as recorded.
	Seats []rules.Seat
	// Note is set when [Store.Continue] fell back to the previous
	// autosave: it says why the newest could not be used.
	Note string
	// Earlier is set when the game was played on a version of its
	// scenario that is no longer the current one (the built-in scenario
	// or the file the save names has changed since), and replayed from
	// the scenario the save carries (format 5). See [Loaded.EarlierNote].
	Earlier bool
}

// EarlierNote is the line a debrief or a report shows for a game played
// on an earlier version of its scenario, or "".
func (l *Loaded) EarlierNote() string {
	if !l.Earlier {
		return ""
	}
	return fmt.Sprintf("Played with an earlier version of %s, which the save carries: the scenario has changed since.", l.Scenario.Title)
}

// ReadFile loads the save at path (see [Load]). find may be nil for
// [FindScenario].
func ReadFile(path string, find Finder) (*Loaded, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	return Load(path, data, find)
}

func readLimited(path string) ([]byte, error) {
	data, err := fileread.Read(path, MaxSize)
	var nr *fileread.NotRegularError
	var tl *fileread.TooLargeError
	switch {
	case err == nil:
		return data, nil
	case errors.Is(err, fs.ErrNotExist):
		return nil, &Error{File: path, Problem: Unreadable, Msg: "no such file", Err: err}
	case errors.As(err, &nr) && nr.Mode.IsDir():
		return nil, &Error{File: path, Problem: Unreadable, Msg: "is a folder, not a save"}
	case errors.As(err, &nr):
		return nil, &Error{File: path, Problem: Unreadable, Msg: "is not a file (a device or a pipe), so not a save"}
	case errors.As(err, &tl):
		return nil, &Error{File: path, Problem: NotASave, Msg: fmt.Sprintf("the file is larger than any save (at most %d bytes): it is not a Binding Words save", MaxSize)}
	}
	return nil, &Error{File: path, Problem: Unreadable, Msg: "cannot be read: " + err.Error(), Err: err}
}

// Load parses a save (see [Parse]), finds its scenario and replays it,
// checking every state hash. name is the file's name or path for
// messages; find may be nil for [FindScenario]. The error is always an
// [*Error]. Load never panics: a save is data from outside, and the game
// must keep running whatever a file holds.
func Load(name string, data []byte, find Finder) (l *Loaded, err error) {
	f, err := Parse(name, data)
	if err != nil {
		return nil, err
	}
	return Replay(name, f, find)
}

// Replay finds the scenario of a parsed save and replays its record,
// checking every state hash and the header against the game.
func Replay(name string, f *File, find Finder) (l *Loaded, err error) {
	if find == nil {
		find = FindScenario
	}
	defer func() {
		// The rules promise never to panic on a validated action; if a
		// bug breaks that, a bad save must still not close the game.
		if p := recover(); p != nil {
			l, err = nil, fail(name, Corrupt, 0, "the game could not be replayed (internal error: %v)", p)
		}
	}()
	r := f.Record
	if f.Scenario != nil {
		// The scenario the save carries wins over any file of the same id:
		// it is the one the game was played on.
		sc, err := embeddedScenario(name, f, find)
		if err != nil {
			return nil, err
		}
		l, err := replayOn(name, f, sc)
		if err != nil {
			return nil, err
		}
		if h, ok := currentHash(r.Scenario, f.Meta.Source, name); ok && h != r.ScenarioHash {
			l.Earlier = true
		}
		return l, nil
	}
	// The file a save names is opened only where the rule of trust.go
	// allows; otherwise the scenario is looked up by its id alone.
	source := f.Meta.Source
	var srcErr error
	if source != "" {
		if srcErr = checkSource(source, name); srcErr != nil {
			source = ""
		}
	}
	sc, ferr := find(r.Scenario, r.ScenarioHash, source)
	if ferr != nil || sc == nil {
		msg := fmt.Sprintf("the game was played on scenario %q, which cannot be found", r.Scenario)
		var nb *notBuiltinError
		switch {
		case srcErr != nil && (ferr == nil || errors.As(ferr, &nb)):
			// Why the file was not opened says more than that the id is
			// not a built-in scenario.
			msg = fmt.Sprintf("the game was played on scenario %q, which is not built in, and %s", r.Scenario, srcErr)
			ferr = srcErr
		case srcErr != nil:
			msg += fmt.Sprintf(": %v; and %s", ferr, srcErr)
		case ferr != nil:
			msg += ": " + ferr.Error()
		}
		return nil, &Error{File: name, Problem: ScenarioMissing, Msg: msg, Err: ferr}
	}
	if sc.ID != r.Scenario {
		return nil, fail(name, ScenarioMissing, 0, "the game was played on scenario %q, but %q was found instead", r.Scenario, sc.ID)
	}
	if sc.Hash != r.ScenarioHash {
		return nil, fail(name, ScenarioChanged, 0,
			"the game was played on scenario %q (%s) as it was then (content %.12s…); that scenario has changed since (now %.12s…), so the game cannot be replayed: load it with the scenario file it was played on%s",
			r.Scenario, sc.Title, r.ScenarioHash, sc.Hash, because(srcErr))
	}
	l, err = replayOn(name, f, sc)
	if err == nil {
		// A save of format 4 or older names its scenario only: keep the
		// text of the file it was found in, so writing the game again
		// (its next autosave, Save as) carries it in format 5.
		rememberSource(sc, source)
	}
	return l, err
}

// rememberSource keeps the text of sc's file, the source a save named
// and the rule of trust.go let open, when the file is still sc's content.
func rememberSource(sc *rules.Scenario, source string) {
	// textOf looks the hash up first, then the built-in text.
	if source == "" || textOf(sc.ID, sc.Hash) != nil {
		return
	}
	if text, err := fileread.Read(source, MaxScenarioSize); err == nil && hashOf(text) == sc.Hash {
		remember(sc.Hash, text, sc)
	}
}

// replayOn replays f's record on sc and checks the header against the
// game.
func replayOn(name string, f *File, sc *rules.Scenario) (*Loaded, error) {
	r := f.Record
	g, rerr := rules.Replay(sc, r)
	if rerr != nil {
		var div *rules.DivergenceError
		if errors.As(rerr, &div) {
			return nil, &Error{File: name, Problem: Corrupt, Line: div.Line, Err: rerr,
				Msg: fmt.Sprintf("the file is damaged: replaying it %s", strings.TrimPrefix(rerr.Error(), "replay "))}
		}
		return nil, &Error{File: name, Problem: Corrupt, Line: lineOf(rerr), Err: rerr,
			Msg: "the game record is damaged: " + stripLine(rerr)}
	}
	if f.Version == 1 && !g.Over() {
		return nil, fail(name, Truncated, 0,
			"this is a bare game record (save format 1) that stops before the game is over, in round %d (%s phase). That format has no end line, so a record that stops mid-game cannot be told from a file cut short, and it is not loaded as a shorter game. Load the game's .bws save instead (its autosave or a named save), or copy the whole record again from where it came from",
			g.Round(), g.Phase())
	}
	if err := checkMeta(&f.Meta, sc, g, r); err != nil {
		return nil, fail(name, Corrupt, 0, "the file is damaged or was edited: %s", err)
	}
	// The game may play under the scenario's former rules (an old
	// record, see rules.Scenario.Former): whoever resumes or rebuilds it
	// needs those.
	return &Loaded{File: name, Save: f, Scenario: g.Rules(), Game: g, Seats: append([]rules.Seat(nil), r.Seats...)}, nil
}

// because is the reason a save's scenario file was not opened, as a
// clause to end a message with, or "".
func because(srcErr error) string {
	if srcErr == nil {
		return ""
	}
	return " (the file it names was not opened: " + srcErr.Error() + ")"
}

// checkMeta makes sure the header says what the record replays to: a
// header that disagrees was edited or damaged, and the load list would
// mislead.
func checkMeta(m *Meta, sc *rules.Scenario, g *rules.Game, r *rules.Record) error {
	// The scenario is the one of the record's hash: its title and its
	// delegations' names are known, and the header must say the same.
	if m.Title != "" && m.Title != oneLine(sc.Title) {
		return fmt.Errorf("its header gives the scenario's title as %q, but the game was played on %q", m.Title, sc.Title)
	}
	for _, d := range m.Delegations {
		if p := sc.PartyIndex(d.ID); p >= 0 && d.Name != "" && d.Name != oneLine(sc.Parties[p].Name) {
			return fmt.Errorf("its header names delegation %s %q, but the scenario calls it %q", d.ID, d.Name, sc.Parties[p].Name)
		}
	}
	if m.Round != 0 && m.Round != g.Round() {
		return fmt.Errorf("its header says round %d, the record replays to round %d", m.Round, g.Round())
	}
	if m.Phase != 0 && m.Phase != g.Phase() {
		return fmt.Errorf("its header says the %s phase, the record replays to the %s phase", m.Phase, g.Phase())
	}
	if len(m.Delegations) == 0 {
		return nil
	}
	if len(m.Delegations) != len(r.Seats) {
		return fmt.Errorf("its header lists %d delegations, the record seats %d", len(m.Delegations), len(r.Seats))
	}
	for i, d := range m.Delegations {
		if d.ID != r.Seats[i].Party || d.Kind != r.Seats[i].Kind {
			return fmt.Errorf("its header says %s %s, the record seats %s %s", d.ID, d.Kind, r.Seats[i].Party, r.Seats[i].Kind)
		}
	}
	return nil
}
