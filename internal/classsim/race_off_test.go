//go:build !race

package classsim

const raceOn = false
