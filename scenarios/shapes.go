package scenarios

import "strings"

// A shape is the set of keys one kind of mapping in a scenario file may
// have. The walker checks every mapping against its shape (unknown,
// duplicate and missing keys), and a test checks that schema.json lists
// exactly the same keys, so the editor schema and the loader cannot drift
// apart.
type shape struct {
	// name is how messages call the mapping: "ratification requirement".
	name string
	// def is the shape's entry under "$defs" in schema.json; "" for the
	// top of the file.
	def  string
	keys []key
	// oneOf lists keys of which exactly one must be present (a news
	// condition is a support, option, attribute or bracketed condition).
	oneOf []string
}

type key struct {
	name     string
	required bool
}

// newShape builds a shape from key names; a trailing "!" marks a key as
// required.
func newShape(name, def string, keys ...string) *shape {
	sh := &shape{name: name, def: def}
	for _, k := range keys {
		req := strings.HasSuffix(k, "!")
		sh.keys = append(sh.keys, key{strings.TrimSuffix(k, "!"), req})
	}
	return sh
}

func (sh *shape) exactlyOne(keys ...string) *shape {
	sh.oneOf = keys
	return sh
}

func (sh *shape) has(name string) bool {
	for _, k := range sh.keys {
		if k.name == name {
			return true
		}
	}
	return false
}

func (sh *shape) keyNames() []string {
	names := make([]string, len(sh.keys))
	for i, k := range sh.keys {
		names[i] = k.name
	}
	return names
}

// The shapes of the format, in the order of SPEC.md.
var (
	scenarioShape = newShape("scenario", "",
		"id!", "title!", "summary!", "rounds!",
		"attributes!", "forms!", "parties!", "publics!", "documents!",
		"news", "indicators", "rules",
		"briefing!", "questions", "reality_notes", "outcomes")

	attributeShape = newShape("attribute", "attribute", "id!", "name!", "description")
	formShape      = newShape("form", "form", "id!", "name!", "description")

	partyShape = newShape("party", "party",
		"id!", "name!", "colour", "optional", "ratification!",
		"brief!", "objectives", "reservation!", "red_lines", "points!", "links")
	requirementShape = newShape("ratification requirement", "requirement", "public!", "threshold!", "label")
	redLineShape     = newShape("red line", "redLine", "slot!", "option!")

	publicShape = newShape("public", "public",
		"id!", "name!", "party!", "support!", "base!", "drift", "weights")

	documentShape = newShape("document", "document",
		"id!", "title!", "preamble", "numbering", "form", "form_slot", "articles!").exactlyOne("form", "form_slot")
	articleShape = newShape("article", "article", "id!", "number", "title!", "text!", "slots")
	slotShape    = newShape("slot", "slot",
		"id!", "name!", "description", "default!", "bracketed", "options!")
	optionShape = newShape("option", "option", "id!", "label!", "text!", "attributes", "form")

	newsShape = newShape("news card", "newsCard",
		"id!", "headline!", "text!", "round", "weight", "from_round", "to_round", "repeatable", "when", "effects!")
	conditionShape = newShape("news condition", "condition",
		"support", "option", "attribute", "bracketed").exactlyOne("support", "option", "attribute", "bracketed")
	supportConditionShape = newShape("support condition", "supportCondition",
		"public!", "at_least", "at_most").exactlyOne("at_least", "at_most")
	optionConditionShape = newShape("option condition", "optionCondition",
		"slot!", "is", "is_not").exactlyOne("is", "is_not")
	attributeConditionShape = newShape("attribute condition", "attributeCondition",
		"attribute!", "at_least", "at_most").exactlyOne("at_least", "at_most")
	bracketedConditionShape = newShape("bracketed condition", "bracketedCondition", "slot!", "is!")
	effectShape             = newShape("news effect", "effect",
		"support", "weight", "threshold", "trust").exactlyOne("support", "weight", "threshold", "trust")
	supportEffectShape   = newShape("support effect", "supportEffect", "public!", "change!")
	weightEffectShape    = newShape("weight effect", "weightEffect", "public!", "attribute!", "change!")
	thresholdEffectShape = newShape("threshold effect", "thresholdEffect", "party!", "form!", "public!", "change!")
	trustEffectShape     = newShape("trust effect", "trustEffect", "party!", "change!")

	indicatorShape = newShape("indicator", "indicator",
		"id!", "name!", "description", "base", "weights", "no_agreement", "bands")
	bandShape = newShape("band", "band", "up_to", "label!", "text")

	rulesShape    = newShape("rules section", "rules", "drift", "adoption", "signing", "in_force", "press")
	adoptionShape = newShape("adoption rule", "adoption", "must_agree", "others", "ballot")
	signingShape  = newShape("signing rule", "signing", "required", "minimum")
	pressShape    = newShape("press rules", "press",
		"reassure", "address", "commit_boost", "audience_cost", "leak_shift", "leak_trust")

	realityNoteShape = newShape("reality note", "realityNote", "title!", "text!", "source")
	outcomesShape    = newShape("outcomes section", "outcomes", "no_agreement", "not_ratified", "in_force")
)

// allShapes lists every shape, for the schema test.
var allShapes = []*shape{
	scenarioShape, attributeShape, formShape,
	partyShape, requirementShape, redLineShape, linkShape, linkOptionShape, publicShape,
	documentShape, articleShape, slotShape, optionShape,
	newsShape, conditionShape, supportConditionShape, optionConditionShape,
	attributeConditionShape, bracketedConditionShape,
	effectShape, supportEffectShape, weightEffectShape, thresholdEffectShape, trustEffectShape,
	indicatorShape, bandShape,
	rulesShape, adoptionShape, signingShape, inForceShape, pressShape,
	realityNoteShape, outcomesShape,
}

// quotaNames are the values of rules.adoption.others, in the order of
// [rules.Quota].
var quotaNames = []string{"all", "majority", "two_thirds", "none"}
