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
// The format, version 5:
//
//	bindingwords-save 5
//	name Lesson 1, group B
//	created 2026-11-22T09:00:00Z
//	saved 2026-11-22T09:41:07Z
//	title The Berlin Guarantees
//	round 3
//	phase press
//	delegation us human United States
//	delegation ukraine ai:normal Ukraine
//	scenario 98292 text
//	| id: berlin
//	| … every line of the scenario file, as embed.go writes it …
//	bindingwords-record 2
//	… the record's lines, as rules.Record.MarshalText writes them …
//	end 57 9f86d081884c7d65
//
// Every header line but the first is optional. The end line holds the
// number of steps and the first 16 hex digits of the SHA-256 of every byte
// before it: without it a file is cut off; with a wrong sum it was damaged
// or edited. The sum has no key, so it catches damage, not an edit whose
// maker recomputed it; what the file says is therefore either checked or
// labelled:
//
//   - the play, by the state hash after every step (replayed);
//   - the reasons, the seats and their kinds and the record's header, by
//     the record's text chain (record format 2, in saves of format 4);
//   - the header's title and delegation names, against the scenario of the
//     record's hash; its round, phase and seats, against the replay;
//   - the header's name, source and times are the file's own words: tools
//     that print them say so. All header text is refused if it holds a
//     control or text-direction character.
//
// Version 5 carries the scenario the game was played on (embed.go): the
// exact bytes of its file, or of the built-in scenario, whose SHA-256 must
// be the record's scenario hash. Such a save is replayed on that scenario,
// parsed by the checked loader from memory, whatever became of the file;
// it opens no scenario file. Version 4 named its scenario only (by id, the
// hash and the source path): it is read as it is, found as before, and
// written again as version 5 with the scenario's text when the text at
// hand is the content the game was played on.
//
// Versions 2 and 3 hold a record of format 1, without the chain: their
// reasons and seats are unverified ([rules.Record.Chained] is false).
// Version 1 is a bare record file, as the record tools write it; having no
// end line, one that stops before the game is over is refused, since it
// cannot be told from a file cut short. The scenario file a save that does
// not carry its scenario names is opened only inside the folders of
// trust.go.
package save
