package ui

func newDashboard(env *Env, s *Shell) screen { return &pending{"Tổng quan"} }
