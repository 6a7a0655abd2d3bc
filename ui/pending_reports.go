package ui

func newReports(env *Env, s *Shell) screen { return &pending{"Báo cáo"} }
