//go:build !js

package save

import (
	"errors"
	"strings"
	"sync"

	"bindingwords/game/rules"
	"bindingwords/internal/fileread"
	"bindingwords/scenarios"
)

// FindScenario is the default [Finder]: [FindWith] the scenario loader,
// which knows the built-in scenarios and reads scenario files.
func FindScenario(id, hash, source string) (*rules.Scenario, error) {
	return FindWith(scenarios.Find)(id, hash, source)
}

// ReadFileOn loads the save at path (see [Load]). If scenario is not
// empty, it names the scenario the game was played on, a built-in id or a
// file (as [scenarios.Find] takes them), and only that one is tried; else
// the save's own scenario is found by [FindScenario]. This is how the
// tools open a save given on the command line.
func ReadFileOn(path, scenario string) (*Loaded, error) {
	if scenario == "" {
		return ReadFile(path, FindScenario)
	}
	sc, err := scenarios.Find(scenario)
	if err != nil {
		return nil, err
	}
	return ReadFile(path, FindOnly(sc, scenario))
}

// parseScenario reads a scenario a save carries with the scenarios
// package's checked loader, from memory: the text names no file to open.
var parseScenario = func(name string, text []byte) (*rules.Scenario, error) {
	sc, rep := scenarios.Load(name, text)
	if rep.HasErrors() {
		return nil, errors.New(strings.TrimSpace(rep.Error()))
	}
	return sc, nil
}

// builtinText is the bytes of the built-in scenario id, or nil.
func builtinText(id string) []byte {
	text, ok := scenarios.BuiltinText(id)
	if !ok {
		return nil
	}
	return text
}

// currentHash is the hash of the scenario of id as it is now: the file
// the save names, if the rule of trust.go lets it be opened and it is
// there (saveFile is the save's path), else the built-in one. ok is false
// when there is none to compare with.
func currentHash(id, source, saveFile string) (hash string, ok bool) {
	if source != "" && checkSource(source, saveFile) == nil {
		if text, err := fileread.Read(source, MaxScenarioSize); err == nil {
			return hashOf(text), true
		}
	}
	if h, ok := builtinHash(id); ok {
		return h, true
	}
	return "", false
}

// builtinHashes memoises the built-in scenarios' hashes: the load list
// asks for one per save, and the bytes never change in a run.
var builtinHashes sync.Map

// builtinHash is the hash of the built-in scenario id, if there is one.
func builtinHash(id string) (string, bool) {
	if h, ok := builtinHashes.Load(id); ok {
		return h.(string), h.(string) != ""
	}
	h := ""
	if text := builtinText(id); text != nil {
		h = hashOf(text)
	}
	builtinHashes.Store(id, h)
	return h, h != ""
}
