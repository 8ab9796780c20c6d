package scenarios

import "testing"

// TestShapes checks the key tables themselves: no key twice, every key of
// a choice is a key of the shape and optional (the choice makes it
// needed), and every schema definition name used once.
func TestShapes(t *testing.T) {
	defs := map[string]bool{}
	for _, sh := range allShapes {
		if defs[sh.def] {
			t.Errorf("shape %q: schema definition %q used twice", sh.name, sh.def)
		}
		defs[sh.def] = true
		seen := map[string]bool{}
		for _, k := range sh.keys {
			if seen[k.name] {
				t.Errorf("shape %q: key %q twice", sh.name, k.name)
			}
			seen[k.name] = true
		}
		for _, k := range sh.oneOf {
			if !sh.has(k) {
				t.Errorf("shape %q: choice key %q is not a key", sh.name, k)
			}
			for _, kk := range sh.keys {
				if kk.name == k && kk.required {
					t.Errorf("shape %q: choice key %q is also required", sh.name, k)
				}
			}
		}
	}
}
