package ui

func newSettings(env *Env, s *Shell) screen { return &pending{"Cài đặt"} }
func newAudit(env *Env, s *Shell) screen    { return &pending{"Nhật ký"} }
func newTrash(env *Env, s *Shell) screen    { return &pending{"Thùng rác"} }
