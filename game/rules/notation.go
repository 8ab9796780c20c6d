package rules

import (
	"fmt"
	"strconv"
	"strings"
)

// This file is the text notation of actions, used by game records:
//
//	table response=act timing=immediate
//	pass
//	vote yes | vote no
//	call on | call off
//	say none | say reassure us_voters | say address de_voters
//	say commit reject presence=west | say commit insist form=treaty
//	say leak
//	sign | decline
//	chair advance | chair hold on | chair hold off | chair news CARD | chair close
//
// preceded by the party's id and optionally followed by the seat's reason
// as a double-quoted Go string.

// FormatAction writes a in the record notation, party first.
func (s *PublicScenario) FormatAction(a Action) string {
	var b strings.Builder
	if a.Kind == ChairMove {
		return s.formatChair(a)
	}
	if a.Party >= 0 && a.Party < len(s.Parties) {
		b.WriteString(s.Parties[a.Party].ID)
	} else {
		fmt.Fprintf(&b, "party#%d", a.Party)
	}
	b.WriteByte(' ')
	switch a.Kind {
	case Table:
		b.WriteString("table")
		for _, c := range a.Changes {
			b.WriteByte(' ')
			b.WriteString(s.changeID(c))
		}
	case Pass:
		b.WriteString("pass")
	case Vote:
		b.WriteString("vote " + yesNo(a.Yes, "yes", "no"))
	case Call:
		b.WriteString("call " + yesNo(a.Yes, "on", "off"))
	case Statement:
		b.WriteString("say ")
		switch a.Press.Kind {
		case NoComment:
			b.WriteString("none")
		case Reassure, Address:
			b.WriteString(yesNo(a.Press.Kind == Reassure, "reassure ", "address "))
			if a.Press.Public >= 0 && a.Press.Public < len(s.Publics) {
				b.WriteString(s.Publics[a.Press.Public].ID)
			}
		case Commit:
			b.WriteString("commit " + yesNo(a.Press.Stance == Reject, "reject ", "insist "))
			b.WriteString(s.changeID(Change{a.Press.Slot, a.Press.Option}))
		case Leak:
			b.WriteString("leak")
		}
	case Sign:
		b.WriteString("sign")
	case Decline:
		b.WriteString("decline")
	default:
		fmt.Fprintf(&b, "action#%d", a.Kind)
	}
	if a.Reason != "" {
		b.WriteByte(' ')
		b.WriteString(strconv.Quote(a.Reason))
	}
	return b.String()
}

func (s *PublicScenario) changeID(c Change) string {
	if c.Slot < 0 || c.Slot >= len(s.Slots) || c.Option < 0 || c.Option >= len(s.Slots[c.Slot].Options) {
		return fmt.Sprintf("#%d=#%d", c.Slot, c.Option)
	}
	return s.Slots[c.Slot].ID + "=" + s.Slots[c.Slot].Options[c.Option].ID
}

func yesNo(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}

// ParseAction reads an action in the record notation. Its errors say what
// was expected.
func (s *PublicScenario) ParseAction(line string) (Action, error) {
	a := Action{}
	body, reason, err := splitReason(line)
	if err != nil {
		return a, err
	}
	a.Reason = reason
	f := strings.Fields(body)
	if len(f) < 2 {
		return a, fmt.Errorf("want a party id and an action, found %q", body)
	}
	// A delegation may be called "chair"; no move of a delegation is
	// named like the chair's, so the verb tells them apart.
	if f[0] == chairWord && isChairVerb(f[1]) {
		a, err := s.parseChair(f[1:])
		a.Reason = reason
		return a, err
	}
	if a.Party = s.PartyIndex(f[0]); a.Party < 0 {
		return a, fmt.Errorf("unknown party %q", f[0])
	}
	args := f[2:]
	nargs := func(n int) error {
		if len(args) != n {
			return fmt.Errorf("%q takes %d argument(s), found %d", f[1], n, len(args))
		}
		return nil
	}
	switch f[1] {
	case "table":
		a.Kind = Table
		if len(args) == 0 {
			return a, fmt.Errorf("table needs at least one slot=option")
		}
		for _, arg := range args {
			c, err := s.parseChange(arg)
			if err != nil {
				return a, err
			}
			a.Changes = append(a.Changes, c)
		}
	case "pass", "sign", "decline":
		a.Kind = map[string]ActionKind{"pass": Pass, "sign": Sign, "decline": Decline}[f[1]]
		err = nargs(0)
	case "vote", "call":
		a.Kind = Vote
		yes, no := "yes", "no"
		if f[1] == "call" {
			a.Kind, yes, no = Call, "on", "off"
		}
		if err = nargs(1); err == nil {
			switch args[0] {
			case yes:
				a.Yes = true
			case no:
			default:
				err = fmt.Errorf("%s takes %q or %q, found %q", f[1], yes, no, args[0])
			}
		}
	case "say":
		a.Kind = Statement
		a.Press, err = s.parsePress(args)
	default:
		err = fmt.Errorf("unknown action %q; want table, pass, vote, call, say, sign or decline", f[1])
	}
	return a, err
}

func (s *PublicScenario) parsePress(args []string) (Press, error) {
	p := Press{Public: -1, Slot: -1, Option: -1}
	if len(args) == 0 {
		return p, fmt.Errorf("say needs none, reassure, address, commit or leak")
	}
	switch args[0] {
	case "none", "leak":
		if len(args) != 1 {
			return p, fmt.Errorf("say %s takes no argument", args[0])
		}
		if args[0] == "leak" {
			p.Kind = Leak
		}
	case "reassure", "address":
		p.Kind = Address
		if args[0] == "reassure" {
			p.Kind = Reassure
		}
		if len(args) != 2 {
			return p, fmt.Errorf("say %s takes a public id", args[0])
		}
		if p.Public = s.PublicIndex(args[1]); p.Public < 0 {
			return p, fmt.Errorf("unknown public %q", args[1])
		}
	case "commit":
		p.Kind = Commit
		if len(args) != 3 || (args[1] != "reject" && args[1] != "insist") {
			return p, fmt.Errorf("say commit takes reject or insist, then slot=option")
		}
		if args[1] == "insist" {
			p.Stance = Insist
		}
		c, err := s.parseChange(args[2])
		if err != nil {
			return p, err
		}
		p.Slot, p.Option = c.Slot, c.Option
	default:
		return p, fmt.Errorf("unknown statement %q; want none, reassure, address, commit or leak", args[0])
	}
	return p, nil
}

func (s *PublicScenario) parseChange(arg string) (Change, error) {
	slot, opt, ok := strings.Cut(arg, "=")
	if !ok {
		return Change{}, fmt.Errorf("want slot=option, found %q", arg)
	}
	c := Change{Slot: s.SlotIndex(slot)}
	if c.Slot < 0 {
		return c, fmt.Errorf("unknown slot %q", slot)
	}
	if c.Option = s.OptionIndex(c.Slot, opt); c.Option < 0 {
		return c, fmt.Errorf("slot %q has no option %q", slot, opt)
	}
	return c, nil
}

// splitReason separates a trailing quoted reason from the action's words.
func splitReason(line string) (body, reason string, err error) {
	i := strings.IndexByte(line, '"')
	if i < 0 {
		return line, "", nil
	}
	reason, err = strconv.Unquote(strings.TrimSpace(line[i:]))
	if err != nil {
		return "", "", fmt.Errorf("the reason must be one double-quoted string at the end of the line")
	}
	// A record is a file from outside, and tools print its reasons.
	if n, r := UnsafeChar(reason, false); n > 0 {
		return "", "", fmt.Errorf("character %d of the reason is a control or text-direction character (U+%04X): a reason is one line of plain text", n, r)
	}
	return line[:i], reason, nil
}

// chairWord is the word records write for the chair, where a move's party
// id stands.
const chairWord = "chair"

func (s *PublicScenario) formatChair(a Action) string {
	var b strings.Builder
	b.WriteString(chairWord + " ")
	switch a.Chair {
	case ChairAdvance:
		b.WriteString("advance")
	case ChairHold:
		b.WriteString("hold " + yesNo(a.Yes, "on", "off"))
	case ChairNews:
		b.WriteString("news ")
		if a.Card >= 0 && a.Card < len(s.News) {
			b.WriteString(s.News[a.Card].ID)
		} else {
			fmt.Fprintf(&b, "#%d", a.Card)
		}
	case ChairClose:
		b.WriteString("close")
	default:
		fmt.Fprintf(&b, "chair#%d", a.Chair)
	}
	if a.Reason != "" {
		b.WriteByte(' ')
		b.WriteString(strconv.Quote(a.Reason))
	}
	return b.String()
}

func (s *PublicScenario) parseChair(f []string) (Action, error) {
	a := Action{Party: ChairParty, Kind: ChairMove, Card: -1}
	args := f[1:]
	switch f[0] {
	case "advance", "close":
		a.Chair = ChairAdvance
		if f[0] == "close" {
			a.Chair = ChairClose
		}
		if len(args) != 0 {
			return a, fmt.Errorf("chair %s takes no argument", f[0])
		}
	case "hold":
		a.Chair = ChairHold
		if len(args) != 1 || (args[0] != "on" && args[0] != "off") {
			return a, fmt.Errorf("chair hold takes \"on\" or \"off\"")
		}
		a.Yes = args[0] == "on"
	case "news":
		a.Chair = ChairNews
		if len(args) != 1 {
			return a, fmt.Errorf("chair news takes a news card id")
		}
		for i := range s.News {
			if s.News[i].ID == args[0] {
				a.Card = i
			}
		}
		if a.Card < 0 {
			return a, fmt.Errorf("unknown news card %q", args[0])
		}
	default:
		return a, fmt.Errorf("unknown chair move %q; want advance, hold, news or close", f[0])
	}
	return a, nil
}

// isChairVerb reports whether a record's word after "chair" is one of the
// chair's moves.
func isChairVerb(w string) bool {
	switch w {
	case "advance", "hold", "news", "close":
		return true
	}
	return false
}
