//go:build !unix

package data_test

import "os/exec"

// setUnprivileged does nothing where file permissions bind every user.
func setUnprivileged(*exec.Cmd) {}
