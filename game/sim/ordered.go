package sim

import "sync"

// runOrdered calls work(i) for every i in [0, n) on cpus goroutines and
// hands each result to merge in order of i, so whatever merge computes
// (sums of floats included) does not depend on cpus. merge returning false
// stops the run: no more work starts, and the remaining results are
// dropped.
func runOrdered[T any](n, cpus int, work func(i int) T, merge func(i int, r T) bool) {
	if cpus <= 1 || n <= 1 {
		for i := range n {
			if !merge(i, work(i)) {
				return
			}
		}
		return
	}
	type result struct {
		i int
		r T
	}
	// window bounds the results started but not yet merged, so a slow game
	// cannot make the others pile up in memory.
	window := make(chan struct{}, 4*cpus)
	jobs := make(chan int)
	results := make(chan result, cpus)
	var stop sync.Once
	stopped := make(chan struct{})
	go func() {
		defer close(jobs)
		for i := range n {
			select {
			case window <- struct{}{}:
			case <-stopped:
				return
			}
			select {
			case jobs <- i:
			case <-stopped:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range cpus {
		wg.Go(func() {
			for i := range jobs {
				results <- result{i, work(i)}
			}
		})
	}
	go func() { wg.Wait(); close(results) }()
	pending := map[int]T{}
	next, merging := 0, true
	for r := range results {
		pending[r.i] = r.r
		for merging {
			v, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if !merge(next-1, v) {
				merging = false
				stop.Do(func() { close(stopped) })
			}
		}
	}
}
