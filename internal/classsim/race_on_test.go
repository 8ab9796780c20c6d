//go:build race

package classsim

// raceOn says the race detector is on: it slows the host and the devices
// some tenfold, so the tiny class runs at a longer scale.
const raceOn = true
