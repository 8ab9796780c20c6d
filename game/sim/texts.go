package sim

import (
	"cmp"
	"slices"
	"strings"

	"bindingwords/game/rules"
)

// TopTexts is how many of the most frequent final texts a report lists.
const TopTexts = 5

// A TextRow is one final text and how often the games signed it.
type TextRow struct {
	// Text is the signed text as slot=option ids, an article that fell
	// out (left in brackets) as slot=out; with Generated it starts with
	// the case's id, as cases share no text.
	Text  string `json:"text"`
	Games int    `json:"games"`
	// Share is of every game counted, failures included.
	Share Num `json:"share"`
}

// textOf names the final text of a game whose agreement was signed.
func textOf(sc *rules.Scenario, r *rules.Result, generated bool) string {
	var b strings.Builder
	if generated {
		b.WriteString(sc.ID + ":")
	}
	for si, s := range sc.Slots {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.ID + "=")
		if !r.Present[s.Article] {
			b.WriteString("out")
			continue
		}
		b.WriteString(s.Options[r.Text[si]].ID)
	}
	return b.String()
}

// textCount counts final texts.
type textCount map[string]int

func (c textCount) top(games int) []TextRow {
	rows := []TextRow{}
	for text, k := range c {
		rows = append(rows, TextRow{Text: text, Games: k, Share: Num(float64(k) / float64(max(games, 1)))})
	}
	slices.SortFunc(rows, func(a, b TextRow) int {
		return cmp.Or(cmp.Compare(b.Games, a.Games), strings.Compare(a.Text, b.Text))
	})
	return rows[:min(len(rows), TopTexts)]
}
