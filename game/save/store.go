package save

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/internal/fileread"
)

// The autosave files: the newest and the one before it. Each autosave
// turns the newest into the previous one, so that a crash while writing
// still leaves a complete autosave at most one phase old.
const (
	AutosaveFile = "autosave" + Ext
	PrevFile     = "autosave.prev" + Ext
	// DamagedFile is where a damaged autosave is moved when Continue falls
	// back to the previous one, so that the next autosave cannot rotate
	// it over the good one. It stays in the load list with its error.
	DamagedFile = "autosave.damaged" + Ext
)

// A Store is a folder of saves (browser storage in the browser build). Its
// methods are safe for concurrent use.
type Store struct {
	b backend
	// Now tells the time for the save headers; tests fix it.
	Now func() time.Time

	mu      sync.Mutex
	find    Finder
	byHash  map[string]*rules.Scenario
	sources map[string]string
	// texts are the scenario texts of the games this store saves, by
	// hash: pinned here, as the package's own memory of texts is bounded.
	texts     map[string][]byte
	created   map[*rules.Game]time.Time
	autoGame  *rules.Game
	autoSteps int
}

// A backend stores whole files by name. The file backend writes through a
// synced temporary file and a rename; the browser's writes are atomic.
type backend interface {
	read(file string) ([]byte, error) // fs.ErrNotExist when missing
	// write replaces file with data atomically.
	write(file string, data []byte) error
	// rotate writes data as file and keeps file's old content as prev:
	// at every instant, file or prev holds a complete save no older than
	// file's old content.
	rotate(file, prev string, data []byte) error
	rename(from, to string) error
	remove(file string) error
	list() ([]string, error)
	// where names a file for messages: its path, or where it is kept.
	where(file string) string
}

func newStore(b backend) *Store {
	return &Store{b: b, Now: time.Now, find: FindScenario, byHash: map[string]*rules.Scenario{},
		sources: map[string]string{}, texts: map[string][]byte{}, created: map[*rules.Game]time.Time{}}
}

// OpenDefault opens the store in [Dir].
func OpenDefault() (*Store, error) {
	dir, err := Dir()
	if err != nil {
		return nil, err
	}
	return Open(dir)
}

// SetFinder replaces how the store finds the scenario of a save (by
// default [FindScenario]).
func (s *Store) SetFinder(find Finder) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.find = find
}

// RegisterScenario tells the store about a scenario the player opened,
// and the file it came from ("" for a built-in one): saves of its games
// record the path, and loading them finds the scenario without reading it
// again.
func (s *Store) RegisterScenario(sc *rules.Scenario, path string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.byHash[sc.Hash] = sc
	if path != "" {
		s.sources[sc.ID] = path
		// The file as the player opened it, so that saves carry it even
		// if it is edited or deleted during the game. A file changed
		// since sc was loaded is not sc's text, and is not kept.
		if text, err := fileread.Read(path, MaxScenarioSize); err == nil {
			RememberScenarioText(sc, text)
		}
	}
	if text := textOf(sc.ID, sc.Hash); text != nil {
		s.texts[sc.Hash] = text
	}
}

// finder looks in the store's cache before asking the Finder, so that a
// load list of many saves of one scenario parses it once.
func (s *Store) finder(id, hash, source string) (*rules.Scenario, error) {
	if sc, ok := s.byHash[hash]; ok && sc.ID == id {
		return sc, nil
	}
	if src := s.sources[id]; source == "" && src != "" && checkSource(src, "") == nil {
		// A path registered for this scenario (the one the player opened,
		// or the source of a save loaded before), if the rule of trust.go
		// allows it: a caller may have registered a save's own words.
		source = src
	}
	sc, err := s.find(id, hash, source)
	if err == nil && sc != nil {
		s.byHash[sc.Hash] = sc
	}
	return sc, err
}

// Autosave saves g as the autosave, keeping the previous autosave. Call
// it after every phase (and whenever the game is left); a call with
// nothing new since the last autosave of the same game does nothing, so
// the previous autosave stays one phase back.
func (s *Store) Autosave(g *rules.Game, seats []rules.Seat, clock match.Clock) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(g.Actions())
	if g == s.autoGame && n == s.autoSteps {
		return nil
	}
	data, err := s.marshal(g, seats, clock, "Autosave")
	if err != nil {
		return err
	}
	if err := s.b.rotate(AutosaveFile, PrevFile, data); err != nil {
		return &Error{File: s.b.where(AutosaveFile), Problem: Unreadable, Msg: "could not be written: " + err.Error(), Err: err}
	}
	s.autoGame, s.autoSteps = g, n
	return nil
}

func (s *Store) marshal(g *rules.Game, seats []rules.Seat, clock match.Clock, name string) ([]byte, error) {
	now := s.Now().UTC()
	created, ok := s.created[g]
	if !ok {
		created = now
		s.created[g] = now
	}
	f, err := FileOf(g, seats, Meta{Name: name, Created: created, Saved: now, Source: s.sources[g.Scenario().ID], Clock: clock})
	if err != nil {
		return nil, err
	}
	if f.Scenario == nil {
		f.Scenario = s.texts[f.Record.ScenarioHash]
	}
	return f.Marshal()
}

// Continue loads the newest autosave that loads: the autosave, or else
// the previous one, with Loaded.Note saying why the newest was not used
// (the damaged file is then set aside as [DamagedFile]). With no autosave
// at all the error is [ErrNoAutosave].
func (s *Store) Continue() (*Loaded, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, err := s.load(AutosaveFile)
	if err == nil {
		s.adopt(l)
		return l, nil
	}
	l2, err2 := s.load(PrevFile)
	missing := errors.Is(err, fs.ErrNotExist)
	if err2 == nil {
		if !missing {
			// Keep the damaged file out of the rotation: the next autosave
			// would otherwise make it the only previous one.
			_ = s.b.rename(AutosaveFile, DamagedFile)
			l2.Note = fmt.Sprintf("The latest autosave could not be used, so the game resumes from the one before. %v", err)
		}
		s.adopt(l2)
		return l2, nil
	}
	if missing && errors.Is(err2, fs.ErrNotExist) {
		return nil, ErrNoAutosave
	}
	if missing {
		return nil, err2
	}
	return nil, err
}

// adopt makes a loaded game the store's current one: its autosaves keep
// the creation time, and saving it again before anything happens is a
// no-op.
func (s *Store) adopt(l *Loaded) {
	if !l.Save.Meta.Created.IsZero() {
		s.created[l.Game] = l.Save.Meta.Created
	}
	s.autoGame, s.autoSteps = l.Game, len(l.Save.Record.Steps)
	// The game's next saves carry the scenario it is played on: the one
	// its save carried, or (a save of format 4) the file or built-in
	// scenario it was found in, if that is still the same content.
	hash := l.Save.Record.ScenarioHash
	if text := l.Save.Scenario; text != nil {
		s.texts[hash] = text
	} else if text := textOf(l.Scenario.ID, hash); text != nil {
		s.texts[hash] = text
	}
	// A source the rule of trust.go refused stays unused: the store
	// would otherwise open it for the next save of this scenario.
	if src := l.Save.Meta.Source; src != "" && checkSource(src, l.File) == nil {
		s.sources[l.Scenario.ID] = src
	}
}

// SaveAs saves g under a name the player chose and returns the save's
// file name. Saving again under the same name replaces that save.
func (s *Store) SaveAs(name string, g *rules.Game, seats []rules.Seat, clock match.Clock) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	file := FileName(name)
	data, err := s.marshal(g, seats, clock, oneLine(name))
	if err != nil {
		return "", err
	}
	if err := s.b.write(file, data); err != nil {
		return "", &Error{File: s.b.where(file), Problem: Unreadable, Msg: "could not be written: " + err.Error(), Err: err}
	}
	return file, nil
}

// FileName is the file a save named name is kept in: the name in lower
// case, letters and digits only, words joined by hyphens.
func FileName(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	base := b.String()
	switch base {
	case "", "autosave", "autosave-prev", "autosave-damaged":
		// Never let a named save overwrite an autosave.
		base = "save-" + base
	}
	return strings.TrimSuffix(base, "-") + Ext
}

// Load loads the save kept in file (a name from [Store.List]).
func (s *Store) Load(file string) (*Loaded, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, err := s.load(file)
	if err == nil {
		s.adopt(l)
	}
	return l, err
}

func (s *Store) load(file string) (*Loaded, error) {
	f, err := s.parse(file)
	if err != nil {
		return nil, err
	}
	return Replay(s.b.where(file), f, s.finder)
}

func (s *Store) parse(file string) (*File, error) {
	where := s.b.where(file)
	if !validName(file) {
		return nil, &Error{File: file, Problem: Unreadable, Msg: "is not a save of this folder", Err: fs.ErrInvalid}
	}
	data, err := s.b.read(file)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &Error{File: where, Problem: Unreadable, Msg: "no such save", Err: err}
		}
		var e *Error
		if errors.As(err, &e) {
			return nil, e
		}
		return nil, &Error{File: where, Problem: Unreadable, Msg: "cannot be read: " + err.Error(), Err: err}
	}
	return Parse(where, data)
}

func validName(file string) bool {
	return strings.HasSuffix(file, Ext) && !strings.ContainsAny(file, `/\:`) && !strings.HasPrefix(file, ".")
}

// Remove deletes a save.
func (s *Store) Remove(file string) error {
	if !validName(file) {
		return &Error{File: file, Problem: Unreadable, Msg: "is not a save of this folder", Err: fs.ErrInvalid}
	}
	return s.b.remove(file)
}

// An Entry is one save in the load list.
type Entry struct {
	// File is the name to pass to [Store.Load].
	File string
	Name string
	// Auto marks the autosaves (the newest, the previous and a damaged one).
	Auto bool
	// ScenarioID and Scenario are the scenario's id and title.
	ScenarioID, Scenario string
	Created, Saved       time.Time
	// Round and Phase are where the game stands; Rounds is its length.
	Round, Rounds int
	Phase         rules.Phase
	Over          bool
	// Earlier marks a game played on an earlier version of its scenario,
	// which the save carries ([Loaded.Earlier]).
	Earlier     bool
	Steps       int
	Delegations []Delegation
	// Err is why the save cannot be loaded, or nil. An unreadable save is
	// listed rather than hidden, with what could be read of its header.
	Err error
}

// List returns every save, newest first, unreadable ones last. Each save
// is loaded in full, so an entry without Err will load.
func (s *Store) List() ([]Entry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	files, err := s.b.list()
	if err != nil {
		return nil, err
	}
	var out []Entry
	for _, file := range files {
		e := Entry{File: file, Auto: strings.HasPrefix(file, "autosave")}
		f, err := s.parse(file)
		if err != nil {
			e.Name, e.Err = strings.TrimSuffix(file, Ext), err
			out = append(out, e)
			continue
		}
		m := &f.Meta
		e.Name, e.Scenario, e.ScenarioID = m.Name, m.Title, f.Record.Scenario
		e.Created, e.Saved, e.Round, e.Phase = m.Created, m.Saved, m.Round, m.Phase
		e.Rounds, e.Steps, e.Delegations = f.Record.Rounds, len(f.Record.Steps), m.Delegations
		if Blank(e.Name) {
			e.Name = strings.TrimSuffix(file, Ext)
		}
		l, err := Replay(s.b.where(file), f, s.finder)
		if err != nil {
			e.Err = err
		} else {
			g := l.Game
			e.Scenario, e.Round, e.Phase, e.Over = l.Scenario.Title, g.Round(), g.Phase(), g.Over()
			e.Delegations, e.Earlier = delegationsOf(l), l.Earlier
		}
		out = append(out, e)
	}
	slices.SortStableFunc(out, func(a, b Entry) int {
		if (a.Err == nil) != (b.Err == nil) {
			if a.Err == nil {
				return -1
			}
			return 1
		}
		if c := b.Saved.Compare(a.Saved); c != 0 {
			return c
		}
		return strings.Compare(a.File, b.File)
	})
	return out, nil
}

// delegationsOf names every delegation of a loaded game with its seat
// kind, whatever the header said (a migrated file has no names).
func delegationsOf(l *Loaded) []Delegation {
	sc := l.Scenario
	var out []Delegation
	for _, p := range l.Game.Parties() {
		d := Delegation{ID: sc.Parties[p].ID, Name: sc.Parties[p].Name}
		for _, s := range l.Seats {
			if s.Party == d.ID {
				d.Kind = s.Kind
			}
		}
		out = append(out, d)
	}
	return out
}

// HasAutosave reports, without loading anything, whether there is an
// autosave to continue: a title screen shows its Continue button when it
// is true (and [Store.Continue] says what is wrong if the file is bad).
func (s *Store) HasAutosave() bool {
	for _, f := range []string{AutosaveFile, PrevFile} {
		if _, err := s.b.read(f); err == nil {
			return true
		}
	}
	return false
}
