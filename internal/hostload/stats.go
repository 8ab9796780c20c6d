package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"time"
)

// percentiles of a sample: p50, p95, p99 and the maximum.
type percentiles struct {
	n                  int
	p50, p95, p99, max time.Duration
}

func percentilesOf(samples []sample, keep func(sent time.Time) bool) percentiles {
	s := make([]time.Duration, 0, len(samples))
	for _, x := range samples {
		if keep == nil || keep(x.sent) {
			s = append(s, x.d)
		}
	}
	if len(s) == 0 {
		return percentiles{}
	}
	slices.Sort(s)
	at := func(q float64) time.Duration {
		i := int(q*float64(len(s))+0.5) - 1
		return s[max(0, min(i, len(s)-1))]
	}
	return percentiles{n: len(s), p50: at(0.50), p95: at(0.95), p99: at(0.99), max: s[len(s)-1]}
}

func (p percentiles) String() string {
	if p.n == 0 {
		return "no samples"
	}
	return fmt.Sprintf("p50 %s  p95 %s  p99 %s  max %s  (n=%d)", ms(p.p50), ms(p.p95), ms(p.p99), ms(p.max), p.n)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }

func pct(cpu, wall time.Duration) float64 {
	if wall <= 0 {
		return 0
	}
	return 100 * float64(cpu) / float64(wall)
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }

// perIdle is the host's RSS and Go memory (heap and stacks after a GC)
// added per idle device, in bytes.
func (r *report) perIdle() (rssB, goB float64) {
	if r.cfg.idle == 0 {
		return 0, 0
	}
	n := float64(r.cfg.idle)
	rssB = float64(r.rssIdle-r.rssStart) / n
	goB = float64(r.memIdle.heap+r.memIdle.stack-r.memStart.heap-r.memStart.stack) / n
	return rssB, goB
}

// goalsMet reports whether the goals were met: p99 under 100 ms
// for the acting device and for the others, at most 50 KB of host RSS per
// idle device.
func (r *report) goalsMet() bool {
	if !r.playing || !r.idled {
		return false
	}
	a, o := percentilesOf(r.actor, nil), percentilesOf(r.others, nil)
	rssB, _ := r.perIdle()
	return a.n > 0 && o.n > 0 && a.p99 < goalP99 && o.p99 < goalP99 && (r.cfg.idle == 0 || rssB <= goalIdleBytes)
}

func (r *report) print(w io.Writer) {
	c := r.cfg
	playing := c.tables * c.perSeat * 7
	a, o := percentilesOf(r.actor, nil), percentilesOf(r.others, nil)
	rssB, goB := r.perIdle()
	row := func(k, format string, args ...any) { fmt.Fprintf(w, "  %-30s %s\n", k, fmt.Sprintf(format, args...)) }
	fmt.Fprintln(w, "hostload summary (loopback, host in its own process)")
	row("devices", "%d: %d playing (%d tables × %d), %d idle (%d rooms of ≤%d)",
		playing+c.idle, playing, c.tables, c.perSeat*7, c.idle, r.idleRooms, c.idlePerRoom)
	row("think time", "%v ±50%% per move", c.think)
	row("host autosaves", "%v (after each phase and round, to a temporary folder)", c.autosave)
	row("games finished", "%d (%.1f per table, %.0f events each; each game at a new table)", r.games,
		float64(r.games)/float64(max(1, c.tables)), float64(r.events)/float64(max(1, r.games)))
	row("moves", "%d (refused %d), %.1f/s over %.1f s", r.acts, r.refuse, float64(r.acts)/max(1e-9, r.playWall.Seconds()), r.playWall.Seconds())
	row("messages to playing devices", "%d (%.0f/s), %.1f MB of JSON, %.1f MB on the wire (all devices)",
		r.msgs, float64(r.msgs)/max(1e-9, r.playWall.Seconds()), mb(r.bytes), mb(r.wire))
	row("act→update, acting device", "%s", a)
	row("act→update, other devices", "%s", o)
	if quiet, n := r.quiet(); n > 0 && n < len(r.cpuBySec) {
		row("  the same, quiet seconds only", "%d of %d s in which other processes took under %d%% of a core:", n, len(r.cpuBySec), quietPct)
		row("  act→update, acting device", "%s", percentilesOf(r.actor, quiet))
		row("  act→update, other devices", "%s", percentilesOf(r.others, quiet))
	}
	row("host CPU, playing", "%.1f%% of one core (%.1f s CPU in %.1f s)", pct(r.hostPlayCPU, r.playWall), r.hostPlayCPU.Seconds(), r.playWall.Seconds())
	if r.acts > 0 {
		row("host CPU per move", "%.2f ms (%.1f µs per message)", float64(r.hostPlayCPU)/float64(r.acts)/1e6, float64(r.hostPlayCPU)/float64(max(1, r.msgs))/1e3)
	}
	row("host CPU, idle devices only", "%.2f%% of one core (%.2f s CPU in %.1f s)", pct(r.hostIdleCPU, r.idleWall), r.hostIdleCPU.Seconds(), r.idleWall.Seconds())
	row("driver CPU", "%.1f%% of one core playing, %.1f%% idle (it shares the 2 cores)", pct(r.driverPlayCPU, r.playWall), pct(r.driverIdleCPU, r.idleWall))
	row("other processes' CPU", "%.1f%% of one core playing, %.1f%% idle (should be near 0)",
		pct(max(0, r.machinePlay-r.hostPlayCPU-r.driverPlayCPU), r.playWall), pct(max(0, r.machineIdle-r.hostIdleCPU-r.driverIdleCPU), r.idleWall))
	row("host RSS", "%.1f MB at start, %.1f MB with idle devices, %.1f MB after play (finished tables stay)", mb(r.rssStart), mb(r.rssIdle), mb(r.rssEnd))
	row("host Go heap live/in use", "%.1f/%.1f MB at start, %.1f/%.1f MB with idle devices, %.1f/%.1f MB after play (after a GC)",
		mb(r.memStart.alloc), mb(r.memStart.heap), mb(r.memIdle.alloc), mb(r.memIdle.heap), mb(r.memEnd.alloc), mb(r.memEnd.heap))
	row("host goroutine stacks", "%.1f MB at start, %.1f MB with idle devices, %.1f MB after play",
		mb(r.memStart.stack), mb(r.memIdle.stack), mb(r.memEnd.stack))
	row("host goroutines", "%d at start, %d with idle devices, %d after play", r.memStart.goroutines, r.memIdle.goroutines, r.memEnd.goroutines)
	row("per idle device", "%.1f KB RSS (%.1f KB Go heap+stacks after GC)", rssB/1024, goB/1024)
	row("unmatched / ack without update", "%d / %d", r.unmatched, r.noUpdate)
	row("errors", "%d (idle devices %d)", r.errors, r.idleErrors)
	row("open-file limit", "%d (both processes raise it to the hard limit)", r.files)
	verdict := func(ok bool) string {
		if ok {
			return "met"
		}
		return "MISSED"
	}
	row("goal p99 < 100 ms", "%s (acting %s, others %s)", verdict(a.n > 0 && o.n > 0 && a.p99 < goalP99 && o.p99 < goalP99), ms(a.p99), ms(o.p99))
	if c.verbose {
		r.printSlow(w)
	}
	row("goal ≤ 50 KB per idle device", "%s (%.1f KB)", verdict(rssB <= goalIdleBytes), rssB/1024)
}

// printSlow lists the slowest moves and the slow ones by second of play.
func (r *report) printSlow(w io.Writer) {
	s := slices.Clone(r.slow)
	slices.SortFunc(s, func(a, b slowAct) int { return int(b.last - a.last) })
	fmt.Fprintf(w, "  %d moves had a device read their update %v or more after the move; the slowest:\n", len(s), goalP99)
	for _, a := range s[:min(len(s), 15)] {
		fmt.Fprintf(w, "    at %7.2f s  seat %d %-9s first %s, acting %s, last %s, %d devices late\n",
			a.sent.Sub(r.playStart).Seconds(), a.seat, a.kind, ms(a.first), ms(a.actor), ms(a.last), a.late)
	}
	bySec := map[int]int{}
	for _, a := range s {
		bySec[int(a.sent.Sub(r.playStart).Seconds())]++
	}
	secs := slices.Sorted(maps.Keys(bySec))
	fmt.Fprint(w, "    slow moves by second:")
	for _, sec := range secs {
		fmt.Fprintf(w, " %d:%d", sec, bySec[sec])
	}
	fmt.Fprintln(w)
	fmt.Fprint(w, "    CPU % of a core by second, host/driver/others:")
	for i, c := range r.cpuBySec {
		fmt.Fprintf(w, " %d:%.0f/%.0f/%.0f", i, pct(c[0], time.Second), pct(c[1], time.Second), pct(c[2], time.Second))
	}
	fmt.Fprintln(w)
}

// quietPct is the CPU, in % of a core, that other processes may take in a
// second of play that counts as quiet.
const quietPct = 25

// quiet says whether a move sent at a time falls in a quiet second, one in
// which, as in the next, the machine's other processes took under
// quietPct of a core; and how many seconds of play were quiet.
func (r *report) quiet() (func(time.Time) bool, int) {
	ok := make([]bool, len(r.cpuBySec))
	n := 0
	for i, c := range r.cpuBySec {
		ok[i] = pct(c[2], time.Second) < quietPct
		if ok[i] {
			n++
		}
	}
	return func(sent time.Time) bool {
		i := int(sent.Sub(r.playStart) / time.Second)
		return i >= 0 && i < len(ok) && ok[i] && (i+1 >= len(ok) || ok[i+1])
	}, n
}
