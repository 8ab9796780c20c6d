package bots

import (
	"math"
	"math/rand/v2"
	"slices"

	"bindingwords/game/rules"
)

// A Delegate is an AI delegation. It sees the game through its seat's view
// only: its own brief, and what every player sees (the text, the
// attributes, the publics and their weights, votes, statements and calls).
// It pictures the other delegations' interests from their publics and
// revises that picture from how they vote and what they commit to.
type Delegate struct {
	level Level
	seat  int
	rng   *rand.Rand

	ready   bool
	parties []int // the delegations taking part
	sc      *rules.PublicScenario
	brief   *rules.Brief
	best    int
	res     int
	// model[p][slot][option] is what the delegate believes party p scores
	// for an option, in points comparable to its own; its own row is its
	// real table.
	model [][][]int
	// links[p] are the links (points for two wordings together) the
	// delegate knows party p has: its own, and the others' only when it
	// is omniscient; nil for the rest, whose picture stays additive.
	links [][]rules.Link
	// linked lists the parties whose links the delegate knows (links[p]
	// not empty), for combine, which runs for every package the search
	// builds.
	linked []int
	scale  int // typical spread of points within a slot
	items  int // items already learnt from
	// bflat and pflat hold the picture of each other party in fractions
	// of a point, and the publics' view it started from (nil for a party
	// not pictured), each as one array of every option, clause after
	// clause; mflat is model the same way where it is the picture fit
	// writes; cellAt is where each clause's options start in them. fit
	// runs over them without a row lookup per option. obs is what the
	// picture was learnt from.
	bflat, pflat [][]float64
	mflat        [][]int
	cellAt       []int32
	obs          [][]seen
	moves        [][]move  // per party: the changes its observations made, as cells of the flat tables (see observe)
	cells        [][]int32 // per party: the cells those changes touched, each once
	inCells      [][]int32 // per party and cell: 1 if it is in cells (a look-up, not a search per change)
	ratifiers    []int     // whose ratification shortfall weighs (see setup)
	slotNames    []string  // each clause's name as a reason writes it (see slotName)
	decays       []float64 // per public: what is left of a gap after decayFor polls
	checks       [][]check // per legal form: the votes at home shortfall weighs
	decayFor     int
	comms        int   // commitments already taken into account
	bidItems     int   // items already learnt from as their proposer's bids
	refit        []int // scratch: the proposers whose picture learnBids changed

	// per-decision scratch, so deciding allocates little
	text      []int
	next      []int // the draft after the change being judged (vote, keepsRatification)
	totals    []int
	forms     []int
	ttotals   []int // the target's attribute totals and forms
	tforms    []int
	xtotals   []int // scratch for a changed text
	xforms    []int
	pool      []cand // single changes
	seedRank  []int  // per single of the pool: its place among the seeds, or -1 (see search)
	work      cand
	seeds     *shortlist // the most promising singles
	pairs     *shortlist // the most promising pairs
	shortlist *shortlist // the best proposals
	probes    *shortlist // the best proposals unlikely to pass, or nil
	probeList *shortlist
	bold      float64 // the least chance of adoption worth tabling now
	votes     []rules.VoteValue

	// the target: estimated reservations and units per party, the text
	// the delegate steers toward, and the believed scores of target and draft
	resv   []float64
	unit   []float64
	mbest  []float64
	wants  []float64 // per party: what it is guessed to insist on now
	tauInv float64   // 1 / the spread of doubt about a vote, in points
	// yesAt[g+yesRange] is the chance of a yes for a gain of g points
	// (see yesFor).
	yesAt    [2*yesRange + 1]float64
	decisive []bool
	flat     []bool // per party: its publics say nothing of its interests
	// noVotes is true when no delegation at the table needs a vote at
	// home: only the reservations, which nobody sees, decide a deal.
	noVotes bool
	// cushion is how far above its pictured reservation, in units of its
	// spread, the worst-off delegation's gain counts toward a text's
	// fairness (see Level.Cushion and fairness in target.go): +Inf, no
	// limit, unless the level has one, no vote at home bounds a deal and
	// three delegations or more take part.
	cushion float64
	// yesW and pull are how much a yes counts and how strongly the
	// picture is held to the publics when the delegate learns (see
	// Level.YesWeight).
	yesW, pull  float64
	refused     [][]refusal
	round       int // the round of the decision being made
	target      []int
	tscore      []float64
	dscore      []float64
	targetRound int
	targetItems int
	cheat       *rules.Scenario
}

// New returns an AI delegate of the given level for seat, with its own
// seeded generator (used only to break ties, so that games differ).
//
// Each delegate gets a temperament of its own from the seed: how early it
// concedes and how much it puts its own gain before a fair draft vary
// around its level's values, as they would between two real delegations,
// so that no two games at the same table play out alike.
func New(level Level, seat int, seed uint64) *Delegate {
	r := rand.New(rand.NewPCG(seed, uint64(seat)+1))
	if level.Temperament > 0 {
		spread := level.Temperament
		level.Concession *= math.Exp(spread * (2*r.Float64() - 1))
		level.Selfishness *= math.Exp(spread * (2*r.Float64() - 1))
	}
	return &Delegate{level: level, seat: seat, rng: r}
}

// NewByName returns a delegate of the named level: "easy", "normal" or "hard".
func NewByName(level string, seat int, seed uint64) (*Delegate, error) {
	l, err := LevelByName(level)
	if err != nil {
		return nil, err
	}
	return New(l, seat, seed), nil
}

// Level is the delegate's difficulty.
func (d *Delegate) Level() Level { return d.level }

// Act decides the delegate's next action.
func (d *Delegate) Act(v rules.View) (rules.Action, bool) {
	if v.Seat() != d.seat || !v.MustAct(d.seat) {
		return rules.Action{}, false
	}
	d.setup(v)
	d.round = v.Round()
	d.learnBids(v)
	d.learn(v)
	for s := range d.text {
		d.text[s] = v.Option(s)
	}
	st := d.situation(v)
	if a, ok := d.callChange(v, &st); ok {
		return a, true
	}
	switch v.Phase() {
	case rules.PhaseTable:
		if v.HasPending() {
			return d.vote(v, &st), true
		}
		return d.propose(v, &st), true
	case rules.PhasePress:
		return d.press(v, &st), true
	case rules.PhaseSigning:
		return d.sign(v, &st), true
	}
	return rules.Action{}, false
}

// setup caches what does not change during a game.
func (d *Delegate) setup(v rules.View) {
	if d.ready {
		return
	}
	d.ready = true
	d.sc = v.Scenario()
	d.brief = v.Brief()
	d.parties = v.Parties()
	d.res = d.brief.Reservation
	ns, na, nd, np := len(d.sc.Slots), len(d.sc.Attributes), len(d.sc.Documents), len(d.sc.Parties)
	options := 0
	for s := range d.sc.Slots {
		options += len(d.sc.Slots[s].Options)
	}
	// Every delegate of every game makes these buffers once, so each kind
	// comes out of one array (see arena): one allocation apiece was a
	// fifth of a Berlin game's.
	ints := newArena[int](3*ns + 3*na + 3*nd + np + options*np + options)
	d.text, d.next, d.target = ints.take(ns), ints.take(ns), ints.take(ns)
	d.totals, d.ttotals, d.xtotals = ints.take(na), ints.take(na), ints.take(na)
	d.forms, d.tforms, d.xforms = ints.take(nd), ints.take(nd), ints.take(nd)
	floats := newArena[float64](len(d.sc.Publics) + 6*np)
	d.decays, d.decayFor = floats.take(len(d.sc.Publics)), -1
	d.votes = make([]rules.VoteValue, np)
	d.work = cand{gains: ints.take(np)}
	d.shortlist = newShortlist(8, np)
	// The seeds and pairs are extended only by levels that build larger
	// packages (see search); a list nobody reads is not made.
	if d.level.Package >= 2 {
		d.seeds = newShortlist(pairWidth, np)
	}
	if d.level.Package >= 3 {
		d.pairs = newShortlist(pairWidth, np)
	}
	d.resv, d.unit, d.mbest = floats.take(np), floats.take(np), floats.take(np)
	d.wants, d.tscore, d.dscore = floats.take(np), floats.take(np), floats.take(np)
	// Whose vote can sink an item the delegate tables: everyone under
	// unanimity, otherwise those who must agree, and those whose signature
	// the agreement needs (outvoting them only moves away from a deal).
	d.decisive = make([]bool, np)
	for p := range d.decisive {
		d.decisive[p] = d.sc.Adoption.Others == rules.QuotaAll || slices.Contains(d.sc.Adoption.MustAgree, p) || slices.Contains(d.sc.Signing.Required, p)
	}
	// Whose votes at home shortfall weighs, in the parties' order: the
	// delegate's own, and with foresight those of every delegation whose
	// signature the agreement needs. Worked out once here, not at every
	// one of the search's thousands of calls.
	for _, p := range d.parties {
		if p == d.seat || (d.level.Foresight && slices.Contains(d.sc.Signing.Required, p)) {
			d.ratifiers = append(d.ratifiers, p)
		}
	}
	d.checks = d.checksByForm()
	d.noVotes = true
	for _, p := range d.parties {
		for _, reqs := range d.sc.Parties[p].Ratification {
			if len(reqs) > 0 {
				d.noVotes = false
			}
		}
	}
	d.cushion = math.Inf(1)
	if d.noVotes && d.level.Cushion > 0 && len(d.parties) > 2 {
		d.cushion = d.level.Cushion
	}
	d.targetItems = -1
	spread, n := 0, 0
	for s := range d.brief.Points {
		lo, hi := d.brief.Points[s][0], d.brief.Points[s][0]
		best := lo
		for _, x := range d.brief.Points[s] {
			lo, hi, best = min(lo, x), max(hi, x), max(best, x)
		}
		d.best += best
		spread += hi - lo
		n++
	}
	if len(d.brief.Links) > 0 {
		// Its best text may take a worse wording for a link's sake.
		d.best = d.sc.BestScore(d.brief)
	}
	d.scale = max(1, spread/max(1, n))
	d.tauInv = 1 / math.Max(1, float64(d.scale)/2)
	for i := range d.yesAt {
		d.yesAt[i] = sigmoid(float64(i-yesRange) * d.tauInv)
	}
	d.model = make([][][]int, np)
	d.links = make([][]rules.Link, np)
	d.flat = make([]bool, np)
	d.refused = make([][]refusal, np)
	d.obs = make([][]seen, np)
	d.moves = make([][]move, np)
	d.bflat, d.pflat = make([][]float64, np), make([][]float64, np)
	d.mflat = make([][]int, np)
	d.cells = make([][]int32, np)
	d.inCells = make([][]int32, np)
	d.cellAt = make([]int32, ns)
	for s, at := 0, 0; s < ns; s++ {
		d.cellAt[s] = int32(at)
		at += len(d.sc.Slots[s].Options)
	}
	// The pool of single changes has room for every option, the most
	// there can be, each with a row of gains: grown one append at a time
	// it made about a tenth of a game's allocations.
	d.pool = make([]cand, options)
	for i := range d.pool {
		d.pool[i].gains = ints.take(np)
	}
	d.pool = d.pool[:0]
	d.seedRank = ints.take(options)[:0]
	// The picture of each other delegation taking part: its points, its
	// beliefs and prior in floats, what its observations touched and each
	// option they touched once, all cut from arrays shared by the others.
	// A party's distinct touched options are at most all the options;
	// moves and obs start with room for a whole game's votes on Berlin
	// (at most 47 and 22 for a normal delegate, 36 and 16 for a hard one,
	// seeds 0–199), so they rarely grow. Growing them one append at a time
	// showed in the profile.
	const movesRoom, obsRoom = 48, 24
	others := 0
	for p := range d.sc.Parties {
		if p != d.seat && v.Active(p) {
			others++
		}
	}
	points := newArena[int](others * options)
	pointRows := newArena[[]int](others * ns)
	beliefs := newArena[float64](2 * others * options)
	cells := newArena[int32](2 * others * options) // cells and inCells
	moves := newArena[move](others * movesRoom)
	obs := newArena[seen](others * obsRoom)
	for p := range d.sc.Parties {
		if p == d.seat {
			d.model[p] = d.brief.Points
			d.links[p] = d.brief.Links
			continue
		}
		if !v.Active(p) {
			continue
		}
		d.cells[p], d.inCells[p] = cells.take(options)[:0], cells.take(options)
		d.moves[p] = moves.take(movesRoom)[:0]
		d.obs[p] = obs.take(obsRoom)[:0]
		d.mflat[p] = points.take(options)
		d.model[p] = d.prior(v, p, pointRows.take(ns), d.mflat[p])
		d.flat[p] = isFlat(d.model[p])
		d.bflat[p] = floatCells(d.model[p], beliefs.take(options))
		d.pflat[p] = floatCells(d.model[p], beliefs.take(options))
		if d.cheat != nil {
			// An omniscient delegate does not learn (see learn), so
			// nothing writes this model through mflat.
			d.model[p] = cloneTable(d.cheat.Briefs[p].Points)
			d.links[p] = d.cheat.Briefs[p].Links
		}
	}
	for p, links := range d.links {
		if len(links) > 0 {
			d.linked = append(d.linked, p)
		}
	}
	d.yesW, d.pull = yesWeight, priorPull
	if d.noVotes || d.blindTable(v) {
		d.yesW, d.pull = d.level.yesWeight(), d.level.pull()
	}
}

// situation is what a decision needs to know about the moment.
type situation struct {
	t      float64 // progress through the game, 0 to 1
	want   int     // the score the delegate still insists on
	callAt int     // the score it calls for signature at
	score  int     // its score for the current draft
	worth  int     // the same, counting a failed ratification as no agreement
	brkts  int     // bracketed slots
	remain int     // polls still to come before the votes at home
	// last is true on the game's last tabling turn: a failed item's
	// brackets can no longer be settled, so its articles fall out.
	last bool
}

func (d *Delegate) situation(v rules.View) situation {
	st := situation{}
	rounds := float64(v.Rounds())
	frac := 0.0
	n := 0
	for _, p := range d.parties {
		n++
		switch v.Phase() {
		case rules.PhaseTable:
			if v.Tabled(p) {
				frac += 0.5
			}
		case rules.PhasePress:
			frac += 0.5
			if v.Spoke(p) {
				frac += 0.5
			}
		}
	}
	st.t = (float64(v.Round()-1) + frac/float64(n)) / rounds
	if v.Phase() == rules.PhaseSigning || v.Phase() == rules.PhaseEnded {
		st.t = 1
	}
	clock := st.t
	if (d.blindTable(v) || d.noVotes) && v.Rounds() > 1 && len(d.parties) > 2 {
		// At a table of three or more with delegations known only from
		// the table, or where no vote at home bounds a deal (only the
		// reservations, which nobody sees, do), the concession curve
		// runs to the last round, as a time-dependent agent's does to its
		// deadline: in the last round the delegate takes any text it can
		// sign, since nobody can read from public signals where a deal
		// lies, every one of them must agree, and holding out loses it.
		// Where votes at home count (Berlin), conceding that far makes
		// delegations call for signature on texts their parliaments then
		// reject (Berlin normal: 78.5% → 58.0% agreement). Between two,
		// holding out to the end pays (the other sees every refusal, and
		// a late-conceding opponent would take the whole of a full
		// concession).
		span := v.Rounds() - 1
		if !d.blindTable(v) {
			// Where the publics show interests but no vote at home
			// bounds a deal, the curve reaches the reservation at the
			// start of round R − 2: the publics point toward a deal, and
			// the rounds left search for the few texts all can sign
			// (narrow family, hard, seeds 1–200: 157 → 182 agreed against
			// reaching it in the last round; one round earlier still,
			// rules-majority fell from 84.0% to 79.0%).
			span = max(1, v.Rounds()-3)
		}
		clock = min(1, (float64(v.Round()-1)+frac/float64(n))/float64(span))
	}
	e := d.level.Concession
	if (d.blindTable(v) || d.noVotes) && len(d.parties) > 2 {
		// Among strangers, or where only unseen reservations bound a
		// deal, the zone is found only by conceding and hearing the
		// votes: see Level.BlindConcession. Between two, holding out
		// pays, as above. (Families, hard, 200 cases: neutral 73.5% →
		// 83.0%; with no vote at home too, optional-present 86.5% →
		// 89.5%, rules-secret 81.5% → 83.0%, the rest within 1.5 points.)
		e = max(e, d.level.BlindConcession)
	}
	st.want = d.res + int(float64(d.best-d.res)*aspiration(e, clock)+0.5)
	st.callAt = st.want
	if d.noVotes && !d.blindTable(v) {
		// It votes for texts down to its reservation early, but calls
		// for signature on the level's own curve: the game ends when all
		// call, and the rounds left still find better texts (narrow,
		// hard: welfare 0.770 → 0.799, agreement 89.0% → 89.5%).
		st.callAt = d.res + int(float64(d.best-d.res)*aspiration(d.level.Concession, st.t)+0.5)
	}
	st.remain = v.Rounds() - v.Round()
	if v.Phase() <= rules.PhasePress {
		st.remain++
	}
	for s := range d.text {
		if v.Bracketed(s) {
			st.brkts++
		}
	}
	st.score = d.scoreOf(d.seat, d.text)
	st.worth = d.worth(v, d.text, st.remain)
	st.last = v.Phase() == rules.PhaseTable && v.Round() == v.Rounds() && d.lastToTable(v)
	return st
}

// blindTable reports whether some other delegation taking part has
// publics that say nothing of its interests.
func (d *Delegate) blindTable(v rules.View) bool {
	for _, p := range d.parties {
		if p != d.seat && d.flat[p] && d.cheat == nil {
			return true
		}
	}
	return false
}

// lastToTable reports whether no delegation tables after the delegate
// this round: at the simultaneous pace nobody does; otherwise the turn
// order is the parties' order rotated by one each round.
func (d *Delegate) lastToTable(v rules.View) bool {
	if v.Together() {
		return true
	}
	n := len(d.parties)
	at := slices.Index(d.parties, d.seat)
	return (at-(v.Round()-1)%n+n)%n == n-1
}

// scoreOf is party p's score for text as the delegate believes it.
func (d *Delegate) scoreOf(p int, text []int) int {
	sum := 0
	for s, o := range text {
		sum += d.model[p][s][o]
	}
	if len(d.links[p]) > 0 {
		sum += d.sc.LinkPoints(d.links[p], text, nil)
	}
	return sum
}

// satisfied reports whether the delegate would sign the draft as it is.
func (d *Delegate) satisfied(st *situation) bool {
	return st.worth >= st.want && st.worth >= d.res
}

// callChange returns a call for signature (or its withdrawal) when the
// delegate's wish to sign the draft as it stands has changed.
func (d *Delegate) callChange(v rules.View, st *situation) (rules.Action, bool) {
	if v.Phase() != rules.PhaseTable && v.Phase() != rules.PhasePress {
		return rules.Action{}, false
	}
	want := d.satisfied(st) && st.worth >= st.callAt && st.brkts == 0
	if want == v.Calling(d.seat) {
		return rules.Action{}, false
	}
	a := rules.Action{Party: d.seat, Kind: rules.Call, Yes: want}
	if want {
		a.Reason = d.say(reasonCall)
	} else {
		a.Reason = d.say(reasonUncall)
	}
	return a, true
}

// isFlat reports whether a picture gives every wording of each clause the
// same points: it says nothing of what the party wants.
func isFlat(m [][]int) bool {
	for _, row := range m {
		for _, x := range row {
			if x != row[0] {
				return false
			}
		}
	}
	return true
}

// floatCells copies a table of points into flat, as floats, row after
// row (see Delegate.cellAt), and returns flat.
func floatCells(m [][]int, flat []float64) []float64 {
	at := 0
	for _, row := range m {
		for _, x := range row {
			flat[at] = float64(x)
			at++
		}
	}
	return flat
}

// An arena hands out slices cut from one array allocated up front, each
// capped at its length so that an append to one never runs into the next.
// A delegate's buffers for a game come out of a few of these instead of an
// allocation apiece.
type arena[T any] []T

func newArena[T any](n int) *arena[T] {
	a := arena[T](make([]T, n))
	return &a
}

// take returns the next n elements, zeroed.
func (a *arena[T]) take(n int) []T {
	s := (*a)[:n:n]
	*a = (*a)[n:]
	return s
}

func cloneTable(m [][]int) [][]int {
	out := make([][]int, len(m))
	for s := range m {
		out[s] = append([]int(nil), m[s]...)
	}
	return out
}
