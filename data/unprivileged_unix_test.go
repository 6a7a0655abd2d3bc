//go:build unix

package data_test

import (
	"os/exec"
	"syscall"
)

// setUnprivileged makes cmd run as the "nobody" account (65534).
func setUnprivileged(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
}
