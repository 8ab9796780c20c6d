// Command classsim plays a scripted class of five teams on the real
// classroom host at the together pace and prints the minutes each round
// and the whole game take in class time (see docs/class-timing.md).
//
//	go run ./internal/classsim/cmd/classsim [flags]
//	bash scripts/class.sh          (the figures in docs/class-timing.md)
package main

import (
	"os"

	"bindingwords/internal/classsim"
)

func main() {
	classsim.ServeIfAsked()
	os.Exit(classsim.Main(os.Args[1:], os.Stdout, os.Stderr))
}
