package wire

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"bindingwords/game/rules"
)

// Action is a move as a device sends it. It names no delegation: the host
// plays it for the seat of the device's token.
type Action struct {
	// Kind is "table", "pass", "vote", "call", "statement", "sign" or
	// "decline".
	Kind string `json:"kind"`
	// Changes is the amendment (one change) or package (several) tabled.
	Changes []Change `json:"changes,omitempty"`
	// Yes is the vote, or the call for signature set (true) or withdrawn.
	Yes   bool   `json:"yes,omitempty"`
	Press *Press `json:"press,omitempty"`
}

// Change moves one slot to one option.
type Change struct {
	Slot   int `json:"slot"`
	Option int `json:"option"`
}

// Press is a press statement: Kind is "none", "reassure", "address",
// "commit" or "leak"; Public is the public spoken to; Slot, Option and
// Stance ("reject" or "insist") make a commitment.
type Press struct {
	Kind   string `json:"kind"`
	Public int    `json:"public,omitempty"`
	Slot   int    `json:"slot,omitempty"`
	Option int    `json:"option,omitempty"`
	Stance string `json:"stance,omitempty"`
}

var actionKinds = map[string]rules.ActionKind{"table": rules.Table, "pass": rules.Pass, "vote": rules.Vote,
	"call": rules.Call, "statement": rules.Statement, "sign": rules.Sign, "decline": rules.Decline}

var pressKinds = map[string]rules.StatementKind{"none": rules.NoComment, "reassure": rules.Reassure,
	"address": rules.Address, "commit": rules.Commit, "leak": rules.Leak}

// Rules is the move for party, or an error saying what is wrong with its
// form; whether the rules allow it now is theirs to say.
func (a Action) Rules(party int) (rules.Action, error) {
	k, ok := actionKinds[a.Kind]
	if !ok {
		return rules.Action{}, fmt.Errorf("unknown kind of move %q", said(a.Kind))
	}
	out := rules.Action{Party: party, Kind: k, Yes: a.Yes}
	switch k {
	case rules.Table:
		if len(a.Changes) == 0 || len(a.Changes) > rules.MaxPackage {
			return rules.Action{}, fmt.Errorf("an amendment has 1 to %d changes, not %d", rules.MaxPackage, len(a.Changes))
		}
		for _, c := range a.Changes {
			out.Changes = append(out.Changes, rules.Change{Slot: c.Slot, Option: c.Option})
		}
	case rules.Statement:
		if a.Press == nil {
			return rules.Action{}, errors.New("a press statement needs its content")
		}
		pk, ok := pressKinds[a.Press.Kind]
		if !ok {
			return rules.Action{}, fmt.Errorf("unknown kind of statement %q", said(a.Press.Kind))
		}
		out.Press = rules.Press{Kind: pk, Public: -1, Slot: -1, Option: -1}
		switch pk {
		case rules.Reassure, rules.Address:
			out.Press.Public = a.Press.Public
		case rules.Commit:
			st, ok := map[string]rules.Stance{"reject": rules.Reject, "insist": rules.Insist}[a.Press.Stance]
			if !ok {
				return rules.Action{}, fmt.Errorf("a commitment's stance is \"reject\" or \"insist\", not %q", said(a.Press.Stance))
			}
			out.Press.Slot, out.Press.Option, out.Press.Stance = a.Press.Slot, a.Press.Option, st
		}
	}
	if len(a.Changes) > 0 && k != rules.Table {
		return rules.Action{}, fmt.Errorf("only a tabled amendment has changes")
	}
	if a.Press != nil && k != rules.Statement {
		return rules.Action{}, fmt.Errorf("only a press statement has press content")
	}
	return out, nil
}

// said is a word a device sent, cut short to quote it back: a refusal
// goes to every device on the seat and is kept for those that reconnect,
// so what a device writes must not swell it.
func said(s string) string {
	const most = 24
	if len(s) <= most {
		return s
	}
	i := most
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

// ActionOf is the wire form of a move, for clients written in Go (the
// host's tests and load script).
func ActionOf(a rules.Action) Action {
	w := Action{Yes: a.Yes}
	for name, k := range actionKinds {
		if k == a.Kind {
			w.Kind = name
		}
	}
	w.Changes = changesOf(a.Changes)
	if len(w.Changes) == 0 {
		w.Changes = nil
	}
	if a.Kind == rules.Statement {
		w.Press = &Press{Public: a.Press.Public, Slot: a.Press.Slot, Option: a.Press.Option}
		for name, k := range pressKinds {
			if k == a.Press.Kind {
				w.Press.Kind = name
			}
		}
		if a.Press.Kind == rules.Commit {
			w.Press.Stance = stanceNames[a.Press.Stance]
		}
	}
	return w
}

// MaxID is the longest client id a device may give a move.
const MaxID = 64

// ParseIn reads one message from a device: well-formed JSON of a known
// kind, no unknown fields (a device cannot name a seat or a party), and
// only the fields its kind uses.
func ParseIn(data []byte) (In, error) {
	var in In
	if len(data) > MaxIn {
		return In{}, fmt.Errorf("message of %d bytes; the most is %d", len(data), MaxIn)
	}
	if !utf8.Valid(data) {
		return In{}, errors.New("message is not UTF-8 text")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return In{}, fmt.Errorf("message is not a valid JSON message: %v", err)
	}
	// More would miss a stray "}" or "]": only the end of the message
	// may follow the object.
	if _, err := dec.Token(); err != io.EOF {
		return In{}, errors.New("message has trailing data after the JSON object")
	}
	switch in.T {
	case THello:
		if in.Token == "" {
			return In{}, errors.New("hello without a token")
		}
		if in.Last < 0 {
			return In{}, errors.New("hello with a negative sequence number")
		}
		if in.LastSeat != nil && *in.LastSeat < -1 {
			return In{}, errors.New("hello with a seat that cannot be")
		}
		if in.ID != "" || in.Action != nil {
			return In{}, errors.New("hello carries a move")
		}
	case TAct:
		if in.ID == "" || len(in.ID) > MaxID {
			return In{}, fmt.Errorf("a move needs a client id of 1 to %d bytes", MaxID)
		}
		if in.Action == nil {
			return In{}, errors.New("a move without an action")
		}
		if in.Token != "" || in.Last != 0 || in.LastSeat != nil {
			return In{}, errors.New("a move carries a token or sequence number; those belong to hello")
		}
	default:
		return In{}, fmt.Errorf("unknown kind of message %q", in.T)
	}
	return in, nil
}
