package scenarios

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxSuggest is the longest word suggest looks for: longer ones are not
// typing slips of an id or a key.
const maxSuggest = 64

// A table holds the ids of one kind of thing (parties, slots, the options
// of one slot…) in file order, so that references can be resolved to
// indexes and misspellings answered with a suggestion.
type table struct {
	// kind names the things in messages: "party".
	kind string
	// of says whose they are, for options: ` of slot "response"`.
	of    string
	ids   []string
	at    []pos
	index map[string]int
}

// sectionOfKind is the top-level key under which things of a kind are
// defined, for [decoder.lookup].
var sectionOfKind = map[string]string{
	"attribute": "attributes", "form": "forms", "party": "parties", "public": "publics",
	"document": "documents", "article": "documents", "slot": "documents", "option": "documents",
	"news card": "news", "indicator": "indicators",
}

func newTable(kind, of string) *table {
	return &table{kind: kind, of: of, index: map[string]int{}}
}

// add records the next thing's id and returns its index. Things keep their
// place in the file even when their id is missing or repeated, so indexes
// always follow the file.
func (t *table) add(d *decoder, id string, at pos) int {
	if id == lostValue {
		id = ""
	}
	i := len(t.ids)
	t.ids = append(t.ids, id)
	t.at = append(t.at, at)
	if id == "" {
		return i
	}
	if first, dup := t.index[id]; dup {
		d.errorf(at, "duplicate %s id %q%s; the first one is at line %d", t.kind, id, t.of, t.at[first].line)
		return i
	}
	t.index[id] = i
	return i
}

// canonical reports whether thing i has an id of its own: not blank and
// not a repeat of an earlier one. Checks for completeness ("a points entry
// for every slot") skip the others, whose problem is already reported.
func (t *table) canonical(i int) bool {
	if i < 0 || i >= len(t.ids) {
		return false
	}
	id := t.ids[i]
	return id != "" && t.index[id] == i
}

// has reports whether id is defined.
func (t *table) has(id string) bool {
	_, ok := t.index[id]
	return ok
}

// lookup resolves a reference, or reports it and returns -1. A blank id has
// already been reported by whoever read it.
func (d *decoder) lookup(t *table, id string, at pos) int {
	if i, ok := t.index[id]; ok {
		return i
	}
	switch {
	case id == "", id == lostValue:
	case d.lostSections[sectionOfKind[t.kind]]:
		// The id may have been on a line set aside after a syntax error.
		d.errors++
	case d.truncated:
		d.errors++ // not listed, so no need for a suggestion
	default:
		d.errorf(at, "unknown %s %q%s; %s", t.kind, id, t.of, t.expected(id))
	}
	return -1
}

// expected suggests the closest id or lists the known ones.
func (t *table) expected(id string) string {
	known := t.known()
	if s, ok := suggest(id, known); ok {
		return fmt.Sprintf("did you mean %q?", s)
	}
	if len(known) == 0 {
		return fmt.Sprintf("no %s is defined", t.kind)
	}
	const most = 12
	if len(known) > most {
		return "expected one of " + strings.Join(known[:most], ", ") + ", …"
	}
	return "expected one of " + strings.Join(known, ", ")
}

// known lists the valid ids, each once, in file order.
func (t *table) known() []string {
	var out []string
	for i, id := range t.ids {
		if t.canonical(i) {
			out = append(out, id)
		}
	}
	return out
}

// suggest returns the candidate closest to word, if it is close enough to
// be what was meant: equal but for case, or a few typing slips away (a
// slip is a wrong, missing, extra or swapped letter). Ties go to the
// earlier candidate, so the answer never depends on map order.
func suggest(word string, candidates []string) (string, bool) {
	// One slip in a short word, two in a longer one, three at most.
	n := utf8.RuneCountInString(word)
	allowed := min(max(1, n/4+1), 3)
	if n > maxSuggest {
		return "", false
	}
	lw := strings.ToLower(word)
	best, bestDist := "", -1
	for _, c := range candidates {
		// The distance is at least the difference in length, which
		// keeps the search cheap in a file with many ids.
		if m := utf8.RuneCountInString(c); c == word || m > n+allowed || m < n-allowed {
			continue
		}
		dist := editDistance(lw, strings.ToLower(c))
		if bestDist < 0 || dist < bestDist {
			best, bestDist = c, dist
		}
	}
	if bestDist < 0 {
		return "", false
	}
	if bestDist == 0 || bestDist <= allowed && bestDist < n {
		return best, true
	}
	return "", false
}

// editDistance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and swaps of neighbours, counted on
// runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Three rows of the dynamic programme: i-2, i-1 and i.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
