package rules

// Legal lists the actions party p may take now, with packages left out
// (there are too many to list; any set of legal amendments on different
// slots, up to [MaxPackage], is a legal package). Calls for signature are
// included where they would change the party's call.
func (g *Game) Legal(p int) []Action {
	if !g.Active(p) || g.phase == PhaseEnded {
		return nil
	}
	var out []Action
	g.probing = true
	defer func() { g.probing = false }()
	try := func(a Action) {
		if g.check(a) == nil {
			out = append(out, a)
		}
	}
	switch g.phase {
	case PhaseTable:
		if g.item >= 0 {
			try(Action{Party: p, Kind: Vote, Yes: true})
			try(Action{Party: p, Kind: Vote})
			break
		}
		try(Action{Party: p, Kind: Pass})
		if len(out) == 0 {
			break
		}
		for si := range g.sc.Slots {
			for oi := range g.sc.Slots[si].Options {
				try(Action{Party: p, Kind: Table, Changes: []Change{{si, oi}}})
			}
		}
	case PhasePress:
		if g.spoke[p] {
			break
		}
		out = append(out, Action{Party: p, Kind: Statement, Press: Press{Kind: NoComment, Public: -1, Slot: -1, Option: -1}})
		for pub := range g.sc.Publics {
			k := Address
			if g.sc.Publics[pub].Party == p {
				k = Reassure
			}
			try(Action{Party: p, Kind: Statement, Press: Press{Kind: k, Public: pub, Slot: -1, Option: -1}})
		}
		for si := range g.sc.Slots {
			for oi := range g.sc.Slots[si].Options {
				for _, st := range []Stance{Reject, Insist} {
					try(Action{Party: p, Kind: Statement, Press: Press{Kind: Commit, Public: -1, Slot: si, Option: oi, Stance: st}})
				}
			}
		}
		out = append(out, Action{Party: p, Kind: Statement, Press: Press{Kind: Leak, Public: -1, Slot: -1, Option: -1}})
	case PhaseSigning:
		try(Action{Party: p, Kind: Sign})
		try(Action{Party: p, Kind: Decline})
	}
	if g.phase == PhaseTable || g.phase == PhasePress {
		try(Action{Party: p, Kind: Call, Yes: !g.calls[p]})
	}
	return out
}
