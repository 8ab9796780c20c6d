// Package save keeps games between lessons: autosaves after every phase,
// named saves, and the list a player loads from.
//
// A save is a game record ([rules.Record]) with a short header and an end
// line, so every save is also a replay: loading one replays it against its
// scenario and checks every state hash. Writes are atomic (a temporary file
// in the same folder, synced, then renamed) and the previous autosave is
// kept, so a crash at any instant leaves a loadable save at most one phase
// old. Saves are versioned: older files are migrated step by step on
// reading, and anything the reader cannot use (a newer version, a cut-off
// or damaged file, a changed scenario) is an [*Error] naming the file and
// what is wrong, never a panic.
//
// The format, version 2:
//
//	bindingwords-save 2
//	name Lesson 1, group B
//	created 2026-11-22T09:00:00Z
//	saved 2026-11-22T09:41:07Z
//	title The Berlin Guarantees
//	round 3
//	phase press
//	delegation us human United States
//	delegation ukraine ai:normal Ukraine
//	bindingwords-record 1
//	… the record's lines, as rules.Record.MarshalText writes them …
//	end 57 9f86d081884c7d65
//
// Every header line but the first is optional. The end line holds the
// number of steps and the first 16 hex digits of the SHA-256 of every byte
// before it: without it a file is cut off; with a wrong sum it was damaged
// or edited. Version 1 is a bare record file, as the record tools write it.
package save
