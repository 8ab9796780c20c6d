package report

import (
	"cmp"
	"slices"

	"bindingwords/game/rules"
)

// Summary is one delegation's brief on one page, for the table: its
// numbers, its votes at home, its red lines and its goal for each clause,
// all from the scenario's data. The long brief is the homework.
type Summary struct {
	S           *rules.PublicScenario
	Party       PublicParty
	Reservation int
	Best        int
	RedLines    []string
	Links       []string // the delegation's linkage points in words
	Votes       []HomeVote
	Goals       []Goal
	// Words and Minutes are the long brief's.
	Words, Minutes int
}

// A HomeVote is what one legal form needs at home, and where the public
// that votes starts.
type HomeVote struct {
	Form string
	// Needs lists "label: threshold% (starts at s%)"; empty when the form
	// needs no vote.
	Needs []string
}

// A Goal is one clause seen from the delegation: its favourite wording,
// its fallback, and what is at stake between its best and worst.
type Goal struct {
	Clause          string
	Best, Next      string
	BestPts, NextPt int
	Worst           string
	WorstPts        int
	WorstRed        bool
	Stake           int
}

func summaryData(sc *rules.Scenario, p int) *Summary {
	ps := &sc.PublicScenario
	b := briefData(sc, p)
	s := &Summary{S: ps, Party: b.Party, Reservation: b.Reservation, Best: b.Best, RedLines: b.RedLines, Links: b.Links}
	s.Words = words(append([]string{sc.Briefs[p].Text}, sc.Briefs[p].Objectives...)...)
	s.Minutes = readMinutes(s.Words)
	for f, reqs := range ps.Parties[p].Ratification {
		hv := HomeVote{Form: ps.Forms[f].Name}
		for _, r := range reqs {
			label := r.Label
			if label == "" {
				label = ps.Publics[r.Public].Name
			}
			hv.Needs = append(hv.Needs, T("summary.vote", "label", label, "public", ps.Publics[r.Public].Name,
				"value", r.Threshold, "start", tenths(ps.Publics[r.Public].Support)))
		}
		s.Votes = append(s.Votes, hv)
	}
	red := map[rules.OptionRef]bool{}
	for _, r := range sc.Briefs[p].RedLines {
		red[r] = true
	}
	for si := range ps.Slots {
		row := sc.Briefs[p].Points[si]
		order := make([]int, len(row))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(row[b], row[a]) })
		opts := ps.Slots[si].Options
		g := Goal{Clause: ps.Slots[si].Name, Best: opts[order[0]].Label, BestPts: row[order[0]],
			Worst: opts[order[len(order)-1]].Label, WorstPts: row[order[len(order)-1]],
			WorstRed: red[rules.OptionRef{Slot: si, Option: order[len(order)-1]}]}
		g.Stake = g.BestPts - g.WorstPts
		if len(order) > 2 {
			g.Next, g.NextPt = opts[order[1]].Label, row[order[1]]
		}
		s.Goals = append(s.Goals, g)
	}
	slices.SortStableFunc(s.Goals, func(a, b Goal) int { return b.Stake - a.Stake })
	return s
}

// summaryWords counts the words printed on a summary page.
func summaryWords(s *Summary) int {
	n := words(s.RedLines...) + words(s.Links...)
	for _, v := range s.Votes {
		n += words(v.Form) + words(v.Needs...)
	}
	for _, g := range s.Goals {
		n += words(g.Clause, g.Best, g.Next, g.Worst) + 3
	}
	return n + 60 // the headings, labels and the two lines of how to use the page
}

// summaryPage is a delegation's one-page summary for the table.
func summaryPage(s *Summary, opt Options, header string) []byte {
	return handoutPage(tr("summary.title", "party", s.Party.Name), opt, header, func(p *htmlPage) {
		p.put("<header>\n<p class=\"kicker\">", esc(s.S.Title), " · ", tr("summary.kicker"), "</p>\n<h1>", chip("chip big", s.Party.Colour), esc(s.Party.Name),
			"</h1>\n<p class=\"note\">", tr("summary.homework", "words", s.Words, "minutes", s.Minutes), "</p>\n</header>\n<section>\n",
			"<table class=\"facts\"><tbody>\n<tr><th>", tr("brief.batna"), "</th><td><strong>", num(s.Reservation), "</strong> — ", tr("brief.batna.note"), "</td></tr>\n",
			"<tr><th>", tr("brief.best"), "</th><td><strong>", num(s.Best), "</strong></td></tr>\n<tr><th>", tr("brief.redlines"), "</th><td>")
		if len(s.RedLines) > 0 {
			p.put(escJoin(s.RedLines, "; "), " — ", tr("brief.redlines.note"))
		} else {
			p.put(tr("brief.noredlines"))
		}
		if len(s.Links) > 0 {
			p.put("</td></tr>\n<tr><th>", tr("brief.links"), "</th><td>", escJoin(s.Links, "; "), " — ", tr("brief.links.note"))
		}
		p.put("</td></tr>\n<tr><th>", tr("summary.home"), "</th><td>")
		for _, v := range s.Votes {
			p.put("<strong>", esc(v.Form), "</strong>: ")
			if len(v.Needs) == 0 {
				p.put(tr("rat.none"))
			} else {
				p.put(escJoin(v.Needs, "; "))
			}
			p.put("<br>")
		}
		p.put("</td></tr>\n</tbody></table>\n<h3>", tr("summary.goals"), "</h3>\n<p class=\"note\">", tr("summary.goals.intro"), "</p>\n",
			"<table class=\"goals\"><thead><tr><th>", tr("col.clause"), "</th><th>", tr("col.yourbest"), "</th><th>", tr("col.fallback"),
			"</th><th>", tr("col.worst"), "</th><th class=\"num\">", tr("col.stake"), "</th></tr></thead>\n<tbody>")
		for _, g := range s.Goals {
			p.put("<tr><td><strong>", esc(g.Clause), "</strong></td><td>", esc(g.Best), " (", num(g.BestPts), ")</td><td>")
			if g.Next != "" {
				p.put(esc(g.Next), " (", num(g.NextPt), ")")
			} else {
				p.put("—")
			}
			p.put("</td><td>", esc(g.Worst), " (", num(g.WorstPts), ")")
			if g.WorstRed {
				p.put(" <strong class=\"no\">", tr("brief.redline"), "</strong>")
			}
			p.put("</td><td class=\"num\">", num(g.Stake), "</td></tr>\n")
		}
		p.put("</tbody></table>\n</section>\n")
	})
}
