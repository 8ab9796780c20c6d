package scenarios

import (
	"fmt"
	"strings"
)

// maxNumber is the longest article number, in characters: it stands
// before the title in a heading ("Article 2bis."), not in place of it.
const maxNumber = 8

// noNumber is the number: (or numbering:) value for an article shown by
// its title alone, such as a preamble-like clause.
const noNumber = "none"

// numberings are the values of a document's numbering: key.
var numberings = []string{"auto", noNumber}

// numbering reads a document's numbering: key, "auto" when it is absent.
// With "auto" the game numbers the document's articles itself, counting
// on from the articles of earlier documents, as it always has; with
// "none" they have no number unless an article gives its own.
func (d *decoder) numbering(df *fields) string {
	expected := "one of " + strings.Join(numberings, ", ")
	v, ok := df.get("numbering", expected)
	if !ok {
		return "auto"
	}
	s, _, isText := scalarText(v.node)
	if !isText || indexOf(numberings, s) < 0 {
		hint := ""
		if sg, ok := suggest(s, numberings); isText && ok {
			hint = "; did you mean " + quote(sg) + "?"
		}
		d.errorf(v.at(), "numbering: expected %s, found %s%s", expected, describe(v.node), hint)
		return "auto"
	}
	return s
}

// articleNumber reads an article's own number: (a short label, or "none"),
// and reports whether it has the key at all.
func (d *decoder) articleNumber(af *fields) (string, bool) {
	if !af.has("number") {
		return "", false
	}
	n := af.text("number")
	if n == "" {
		return "", false
	}
	if n == noNumber {
		return "", true
	}
	if c := runes(n); c > maxNumber {
		d.errorf(af.valueAt("number"), "number: expected at most %d characters, found %d; the number stands before the title (\"Article 5. Collective defence\"): put words in the title", maxNumber, c)
	}
	if strings.HasPrefix(strings.ToLower(n), "article") {
		d.errorf(af.valueAt("number"), "number: %q starts with \"Article\", which the game already writes before it; write just %q", n, strings.TrimSpace(n[len("article"):]))
	}
	return n, true
}

// numbered is an article as [decoder.numberArticles] needs it: its index,
// whether it has its own number: key, and where to point a message.
type numbered struct {
	ai  int
	own bool
	at  pos
}

// numberArticles gives every article of a document its number: the
// author's own, or the game's running number (counting only the articles
// the game numbers) unless the document says numbering: none. Two
// articles of one document may not share a number, and a document that
// mixes the author's numbers with the game's gets a warning, since the
// two sequences can clash or read oddly ("Article 5" then "Article 2").
func (d *decoder) numberArticles(df *fields, doc string, arts []numbered, auto *int) {
	mode := d.numbering(df)
	var mine, game []string
	for _, n := range arts {
		a := &d.s.Articles[n.ai]
		if n.own {
			if a.Number != "" {
				mine = append(mine, a.ID)
			}
			continue
		}
		if mode == noNumber {
			continue
		}
		*auto++
		a.Number = fmt.Sprint(*auto)
		game = append(game, a.ID)
	}
	seen := map[string]string{}
	for _, n := range arts {
		a := &d.s.Articles[n.ai]
		if a.Number == "" {
			continue
		}
		if first, dup := seen[a.Number]; dup {
			d.errorf(n.at, "articles %q and %q of document %q are both numbered %s; give each its own number:", first, a.ID, doc, a.Number)
			continue
		}
		seen[a.Number] = a.ID
	}
	if len(mine) > 0 && len(game) > 0 {
		d.warnf(arts[0].at, "some articles of this document have their own number: (%s) and others not (%s), which the game numbers itself from 1 across the scenario; give every article a number:, or none", strings.Join(mine, ", "), strings.Join(game, ", "))
	}
}
