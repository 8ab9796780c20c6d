package scenarios

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestSchema checks schema.json against the loader's own key tables
// (allShapes): every mapping the loader reads has a schema definition with
// exactly its keys, its required keys and its one-of choices, no other
// keys, and a description on every property. So the schema editors use
// cannot drift away from what the loader accepts.
func TestSchema(t *testing.T) {
	data, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatalf("schema.json is not valid JSON: %v", err)
	}
	if got := schema["$schema"]; got != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v, want draft 2020-12", got)
	}
	defs, _ := schema["$defs"].(map[string]any)

	covered := map[string]bool{}
	for _, sh := range allShapes {
		node := schema
		if sh.def != "" {
			node, _ = defs[sh.def].(map[string]any)
			if node == nil {
				t.Errorf("shape %q: no $defs/%s in schema.json", sh.name, sh.def)
				continue
			}
			covered[sh.def] = true
		}
		props, _ := node["properties"].(map[string]any)
		if got, want := sortedKeys(props), sorted(sh.keyNames()); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: schema properties %v, loader keys %v", where(sh), got, want)
		}
		var req []string
		for _, k := range sh.keys {
			if k.required {
				req = append(req, k.name)
			}
		}
		if got := sorted(strs(node["required"])); !reflect.DeepEqual(got, sorted(req)) {
			t.Errorf("%s: schema requires %v, loader requires %v", where(sh), got, sorted(req))
		}
		if node["additionalProperties"] != false {
			t.Errorf("%s: additionalProperties must be false, as the loader refuses unknown keys", where(sh))
		}
		var choice []string
		for _, alt := range anys(node["oneOf"]) {
			m, _ := alt.(map[string]any)
			choice = append(choice, strs(m["required"])...)
		}
		if got := sorted(choice); !reflect.DeepEqual(got, sorted(sh.oneOf)) {
			t.Errorf("%s: schema oneOf %v, loader's exactly-one-of %v", where(sh), got, sorted(sh.oneOf))
		}
		for _, k := range sortedKeys(props) {
			p, _ := props[k].(map[string]any)
			if d, _ := p["description"].(string); strings.TrimSpace(d) == "" {
				t.Errorf("%s: property %q has no description", where(sh), k)
			}
		}
	}
	for name, def := range defs {
		if m, _ := def.(map[string]any); m["properties"] != nil && !covered[name] {
			t.Errorf("$defs/%s describes a mapping the loader does not read (no shape has def %q)", name, name)
		}
	}

	// Every reference must point at a definition.
	for _, ref := range refs(schema) {
		name, ok := strings.CutPrefix(ref, "#/$defs/")
		if _, found := defs[name]; !ok || !found {
			t.Errorf("dangling $ref %q", ref)
		}
	}

	// The quota names the loader accepts are the schema's enum.
	adoption, _ := defs["adoption"].(map[string]any)
	props, _ := adoption["properties"].(map[string]any)
	others, _ := props["others"].(map[string]any)
	if got := strs(others["enum"]); !slices.Equal(got, quotaNames) {
		t.Errorf("schema enum for others %v, loader accepts %v", got, quotaNames)
	}
}

func where(sh *shape) string {
	if sh.def == "" {
		return "the top of the file"
	}
	return "$defs/" + sh.def
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sorted(xs []string) []string {
	out := append([]string{}, xs...)
	sort.Strings(out)
	return out
}

func anys(v any) []any {
	xs, _ := v.([]any)
	return xs
}

func strs(v any) []string {
	out := []string{}
	for _, x := range anys(v) {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// refs collects every "$ref" in a decoded JSON value.
func refs(v any) []string {
	var out []string
	switch v := v.(type) {
	case map[string]any:
		for _, k := range sortedKeys(v) {
			if k == "$ref" {
				if s, ok := v[k].(string); ok {
					out = append(out, s)
				}
				continue
			}
			out = append(out, refs(v[k])...)
		}
	case []any:
		for _, x := range v {
			out = append(out, refs(x)...)
		}
	}
	return out
}
