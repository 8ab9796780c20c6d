package wire

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// A device's message is read by ParseIn alone: whatever it refuses never
// reaches a table, so each row here is a message a device could send.
func TestParseInRefuses(t *testing.T) {
	long := strings.Repeat("x", MaxID+1)
	tests := []struct {
		name, msg, want string
	}{
		{"a forged party", `{"t":"act","id":"a","party":3,"action":{"kind":"pass"}}`, `unknown field "party"`},
		{"a forged seat", `{"t":"act","id":"a","seat":1,"action":{"kind":"pass"}}`, `unknown field "seat"`},
		{"a party inside the move", `{"t":"act","id":"a","action":{"kind":"pass","party":1}}`, `unknown field "party"`},
		{"a room in hello", `{"t":"hello","token":"x","room":"BCDF"}`, `unknown field "room"`},
		{"an unknown kind", `{"t":"move","id":"a","action":{"kind":"pass"}}`, `unknown kind of message "move"`},
		{"no kind", `{"id":"a","action":{"kind":"pass"}}`, `unknown kind of message ""`},
		{"a kind of the wrong case", `{"t":"HELLO","token":"x"}`, `unknown kind of message "HELLO"`},
		{"null", `null`, `unknown kind of message ""`},
		{"an array", `[{"t":"hello","token":"x"}]`, "not a valid JSON message"},
		{"a string", `"hello"`, "not a valid JSON message"},
		{"not JSON", `hello`, "not a valid JSON message"},
		{"empty", ``, "not a valid JSON message"},
		{"cut short", `{"t":"hello","token":"x"`, "not a valid JSON message"},
		{"a wrong type", `{"t":"hello","token":7}`, "not a valid JSON message"},
		{"a fractional number", `{"t":"hello","token":"x","last":1.5}`, "not a valid JSON message"},
		{"a huge number", `{"t":"hello","token":"x","last":99999999999999999999}`, "not a valid JSON message"},
		{"a second object", `{"t":"hello","token":"x"}{"t":"hello","token":"y"}`, "trailing data"},
		{"trailing text", `{"t":"hello","token":"x"} x`, "trailing data"},
		{"a stray brace", `{"t":"hello","token":"x"}}`, "trailing data"},
		{"a stray bracket", `{"t":"hello","token":"x"}]`, "trailing data"},
		{"a stray comma", `{"t":"hello","token":"x"},`, "trailing data"},
		{"trailing non-JSON space", "{\"t\":\"hello\",\"token\":\"x\"}\u00a0", "trailing data"},
		{"not UTF-8", "{\"t\":\"hello\",\"token\":\"\xff\xfe\"}", "not UTF-8"},
		{"a lone surrogate byte", "{\"t\":\"hello\",\"token\":\"\xed\xa0\x80\"}", "not UTF-8"},
		{"oversize", `{"t":"hello","token":"` + strings.Repeat("x", MaxIn) + `"}`, "the most is 4096"},
		{"hello without a token", `{"t":"hello"}`, "hello without a token"},
		{"hello with an empty token", `{"t":"hello","token":""}`, "hello without a token"},
		{"hello with a negative number", `{"t":"hello","token":"x","last":-1}`, "negative sequence number"},
		{"hello with a move", `{"t":"hello","token":"x","id":"a","action":{"kind":"pass"}}`, "hello carries a move"},
		{"hello with an id", `{"t":"hello","token":"x","id":"a"}`, "hello carries a move"},
		{"act without an id", `{"t":"act","action":{"kind":"pass"}}`, "client id of 1 to 64 bytes"},
		{"act with an empty id", `{"t":"act","id":"","action":{"kind":"pass"}}`, "client id of 1 to 64 bytes"},
		{"act with a too-long id", `{"t":"act","id":"` + long + `","action":{"kind":"pass"}}`, "client id of 1 to 64 bytes"},
		{"act without an action", `{"t":"act","id":"a"}`, "without an action"},
		{"act with a null action", `{"t":"act","id":"a","action":null}`, "without an action"},
		{"act with a token", `{"t":"act","id":"a","token":"x","action":{"kind":"pass"}}`, "belong to hello"},
		{"act with a number", `{"t":"act","id":"a","last":3,"action":{"kind":"pass"}}`, "belong to hello"},
		{"act with a last seat", `{"t":"act","id":"a","lastSeat":0,"action":{"kind":"pass"}}`, "belong to hello"},
		{"hello with a seat that cannot be", `{"t":"hello","token":"x","last":3,"lastSeat":-2}`, "seat that cannot be"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := ParseIn([]byte(tt.msg))
			if err == nil {
				t.Fatalf("ParseIn(%.80q) = %+v, want an error saying %q", tt.msg, in, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseIn(%.80q) says %q, want it to say %q", tt.msg, err, tt.want)
			}
			if !reflect.DeepEqual(in, In{}) {
				t.Errorf("ParseIn(%.80q) refused but returned %+v", tt.msg, in)
			}
		})
	}
}

func TestParseInAccepts(t *testing.T) {
	id64 := strings.Repeat("é", MaxID/2) // 64 bytes, 32 characters
	hello := `{"t":"hello","token":"tok"}`
	padded := hello + strings.Repeat(" ", MaxIn-len(hello))
	tests := []struct {
		name, msg string
		want      In
	}{
		{"hello", `{"t":"hello","token":"tok","last":12}`, In{T: THello, Token: "tok", Last: 12}},
		{"hello with zero last", `{"t":"hello","token":"tok","last":0}`, In{T: THello, Token: "tok"}},
		{"hello with the seat its numbers count", `{"t":"hello","token":"tok","last":12,"lastSeat":2}`, In{T: THello, Token: "tok", Last: 12, LastSeat: ptr(2)}},
		{"a spectator's hello", `{"t":"hello","token":"tok","last":12,"lastSeat":-1}`, In{T: THello, Token: "tok", Last: 12, LastSeat: ptr(-1)}},
		{"exactly MaxIn bytes", padded, In{T: THello, Token: "tok"}},
		{"a pass", `{"t":"act","id":"m1","action":{"kind":"pass"}}`, In{T: TAct, ID: "m1", Action: &Action{Kind: "pass"}}},
		{"an id of MaxID bytes", `{"t":"act","id":"` + id64 + `","action":{"kind":"sign"}}`,
			In{T: TAct, ID: id64, Action: &Action{Kind: "sign"}}},
		{"a package", `{"t":"act","id":"m2","action":{"kind":"table","changes":[{"slot":1,"option":2},{"slot":3,"option":0}]}}`,
			In{T: TAct, ID: "m2", Action: &Action{Kind: "table", Changes: []Change{{1, 2}, {3, 0}}}}},
		{"a commitment", `{"t":"act","id":"m3","action":{"kind":"statement","press":{"kind":"commit","slot":2,"option":1,"stance":"reject"}}}`,
			In{T: TAct, ID: "m3", Action: &Action{Kind: "statement", Press: &Press{Kind: "commit", Slot: 2, Option: 1, Stance: "reject"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.msg) > MaxIn {
				t.Fatalf("the test's message has %d bytes", len(tt.msg))
			}
			got, err := ParseIn([]byte(tt.msg))
			if err != nil {
				t.Fatalf("ParseIn(%.80q): %v", tt.msg, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseIn(%.80q) = %+v, want %+v", tt.msg, got, tt.want)
			}
		})
	}
}

func ptr(n int) *int { return &n }

// Action.Rules judges a move's form only; each row is a move no table
// should see.
func TestParseActionRulesRefuses(t *testing.T) {
	five := make([]Change, rules.MaxPackage+1)
	for i := range five {
		five[i] = Change{Slot: i, Option: 1}
	}
	tests := []struct {
		name string
		a    Action
		want string
	}{
		{"no kind", Action{}, `unknown kind of move ""`},
		{"an unknown kind", Action{Kind: "fly"}, `unknown kind of move "fly"`},
		{"a kind of the wrong case", Action{Kind: "Pass"}, `unknown kind of move "Pass"`},
		{"an empty amendment", Action{Kind: "table"}, "1 to 4 changes, not 0"},
		{"an oversized package", Action{Kind: "table", Changes: five}, "1 to 4 changes, not 5"},
		{"a pass with changes", Action{Kind: "pass", Changes: []Change{{0, 1}}}, "only a tabled amendment has changes"},
		{"a vote with changes", Action{Kind: "vote", Yes: true, Changes: []Change{{0, 1}}}, "only a tabled amendment has changes"},
		{"a statement with changes", Action{Kind: "statement", Press: &Press{Kind: "none"}, Changes: []Change{{0, 1}}}, "only a tabled amendment has changes"},
		{"a statement without content", Action{Kind: "statement"}, "needs its content"},
		{"an unknown statement", Action{Kind: "statement", Press: &Press{Kind: "shout"}}, `unknown kind of statement "shout"`},
		{"a commitment without stance", Action{Kind: "statement", Press: &Press{Kind: "commit", Slot: 1}}, `not ""`},
		{"a commitment of unknown stance", Action{Kind: "statement", Press: &Press{Kind: "commit", Stance: "maybe"}}, `not "maybe"`},
		{"a pass with press content", Action{Kind: "pass", Press: &Press{Kind: "none"}}, "only a press statement has press content"},
		{"a sign with press content", Action{Kind: "sign", Press: &Press{Kind: "leak"}}, "only a press statement has press content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.a.Rules(2)
			if err == nil {
				t.Fatalf("Rules(%+v) = %+v, want an error saying %q", tt.a, got, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Rules(%+v) says %q, want it to say %q", tt.a, err, tt.want)
			}
		})
	}
}

// A refusal is answered to every device on the seat and kept for the ones
// that reconnect, so what the device wrote must not swell it.
func TestParseActionRulesRefusalIsShort(t *testing.T) {
	huge := strings.Repeat("€", MaxIn/3)
	for _, a := range []Action{
		{Kind: huge},
		{Kind: "statement", Press: &Press{Kind: huge}},
		{Kind: "statement", Press: &Press{Kind: "commit", Stance: huge}},
	} {
		_, err := a.Rules(0)
		if err == nil {
			t.Fatal("a move of an unknown kind was accepted")
		}
		if msg := err.Error(); len(msg) > 200 || !utf8.ValidString(msg) {
			t.Errorf("the refusal of a move with a %d-byte word has %d bytes (valid UTF-8: %v)", len(huge), len(msg), utf8.ValidString(msg))
		}
	}
}

func TestParseActionRulesAccepts(t *testing.T) {
	tests := []struct {
		name string
		a    Action
		want rules.Action
	}{
		{"a pass", Action{Kind: "pass"}, rules.Action{Party: 2, Kind: rules.Pass}},
		{"a package of four", Action{Kind: "table", Changes: []Change{{0, 1}, {1, 1}, {2, 1}, {3, 1}}},
			rules.Action{Party: 2, Kind: rules.Table, Changes: []rules.Change{{Slot: 0, Option: 1}, {Slot: 1, Option: 1}, {Slot: 2, Option: 1}, {Slot: 3, Option: 1}}}},
		{"a vote", Action{Kind: "vote", Yes: true}, rules.Action{Party: 2, Kind: rules.Vote, Yes: true}},
		{"a call withdrawn", Action{Kind: "call"}, rules.Action{Party: 2, Kind: rules.Call}},
		{"no comment", Action{Kind: "statement", Press: &Press{Kind: "none", Public: 3, Slot: 4}},
			rules.Action{Party: 2, Kind: rules.Statement, Press: rules.Press{Kind: rules.NoComment, Public: -1, Slot: -1, Option: -1}}},
		{"an address", Action{Kind: "statement", Press: &Press{Kind: "address", Public: 1}},
			rules.Action{Party: 2, Kind: rules.Statement, Press: rules.Press{Kind: rules.Address, Public: 1, Slot: -1, Option: -1}}},
		{"a commitment", Action{Kind: "statement", Press: &Press{Kind: "commit", Slot: 3, Option: 2, Stance: "insist"}},
			rules.Action{Party: 2, Kind: rules.Statement, Press: rules.Press{Kind: rules.Commit, Public: -1, Slot: 3, Option: 2, Stance: rules.Insist}}},
		{"a signature", Action{Kind: "sign"}, rules.Action{Party: 2, Kind: rules.Sign}},
		{"a refusal to sign", Action{Kind: "decline"}, rules.Action{Party: 2, Kind: rules.Decline}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.a.Rules(2)
			if err != nil {
				t.Fatalf("Rules(%+v): %v", tt.a, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Rules(%+v) = %+v, want %+v", tt.a, got, tt.want)
			}
			// The Go client sends moves as ActionOf writes them.
			back, err := ActionOf(got).Rules(2)
			if err != nil || !reflect.DeepEqual(back, got) {
				t.Errorf("ActionOf(%+v).Rules = %+v, %v", got, back, err)
			}
		})
	}
}

// FuzzParseIn: no message makes the parser, the move's checks or the
// rules panic, and whatever ParseIn accepts means the same once written
// out again.
func FuzzParseIn(f *testing.F) {
	for _, s := range []string{
		`{"t":"hello","token":"abc","last":3}`,
		`{"t":"act","id":"m1","action":{"kind":"pass"}}`,
		`{"t":"act","id":"m2","action":{"kind":"table","changes":[{"slot":0,"option":1}]}}`,
		`{"t":"act","id":"m3","action":{"kind":"table","changes":[{"slot":-1,"option":99}]}}`,
		`{"t":"act","id":"m4","action":{"kind":"statement","press":{"kind":"commit","slot":9,"option":0,"stance":"reject"}}}`,
		`{"t":"act","id":"m5","action":{"kind":"statement","press":{"kind":"reassure","public":-7}}}`,
		`{"t":"act","id":"m6","action":{"kind":"vote","yes":true}}`,
		`{"t":"act","id":"m7","party":1,"action":{"kind":"sign"}}`,
		`{"t":"hello","token":"x"}}`,
		`{"T":"act","ID":"\u003c","Action":{"Kind":"call","Yes":true}}`,
		"{\"t\":\"hello\",\"token\":\"\\ud800\"}",
		"\xff",
	} {
		f.Add([]byte(s))
	}
	sc, err := scenarios.Find("berlin")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := ParseIn(data)
		if err != nil {
			if !reflect.DeepEqual(in, In{}) {
				t.Fatalf("refused with %v but returned %+v", err, in)
			}
			return
		}
		if len(data) > MaxIn || !utf8.Valid(data) {
			t.Fatalf("accepted %d bytes (valid UTF-8: %v)", len(data), utf8.Valid(data))
		}
		switch in.T {
		case THello:
			if in.Token == "" || in.Last < 0 || in.Action != nil || in.ID != "" {
				t.Fatalf("accepted a hello %+v", in)
			}
		case TAct:
			if in.ID == "" || len(in.ID) > MaxID || in.Action == nil || in.Token != "" || in.Last != 0 {
				t.Fatalf("accepted a move %+v", in)
			}
		default:
			t.Fatalf("accepted a message of kind %q", in.T)
		}

		// Round trip: written out and read again, the message is the same.
		out, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		var again In
		if len(out) <= MaxIn {
			// Escaping may make it longer than what was sent.
			again, err = ParseIn(out)
		} else {
			dec := json.NewDecoder(bytes.NewReader(out))
			dec.DisallowUnknownFields()
			err = dec.Decode(&again)
		}
		if err != nil {
			t.Fatalf("%s, written out again as %s, is refused: %v", data, out, err)
		}
		if out2, _ := json.Marshal(again); !bytes.Equal(out, out2) {
			t.Fatalf("%s reads as %s, then as %s", data, out, out2)
		}

		// A move the parser lets through reaches the rules: their checks
		// must refuse it, never panic.
		if in.T == TAct {
			a, err := in.Action.Rules(0)
			if err != nil {
				return
			}
			g, _, err := rules.NewGame(sc, rules.Setup{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			h := g.Hash()
			if _, err := g.Apply(a); err != nil && g.Hash() != h {
				t.Fatalf("the refused move %+v changed the game", a)
			}
		}
	})
}
