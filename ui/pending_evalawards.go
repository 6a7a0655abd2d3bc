package ui

func newEvaluations(env *Env, s *Shell) screen { return &pending{"Đánh giá"} }
func newAwards(env *Env, s *Shell) screen      { return &pending{"Khen thưởng"} }
