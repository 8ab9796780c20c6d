package replay

import (
	"os"
	"path/filepath"

	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// testFinder loads the frozen scenario copies the save fixtures were
// played on.
func testFinder(id, hash, source string) (*rules.Scenario, error) {
	path := filepath.Join("..", "save", "testdata", "scenarios", id+".yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	sc, rep := scenarios.Load(path, data)
	if rep.HasErrors() {
		return nil, rep
	}
	return sc, nil
}
