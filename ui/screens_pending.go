package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// pending is a placeholder for screens being written; each is replaced by
// its own file.
type pending struct{ title string }

func (p *pending) Content() fyne.CanvasObject { return widget.NewLabel(p.title) }
func (p *pending) Reload()                    {}

func newDashboard(env *Env, s *Shell) screen   { return &pending{"Tổng quan"} }
func newEvaluations(env *Env, s *Shell) screen { return &pending{"Đánh giá"} }
func newAwards(env *Env, s *Shell) screen      { return &pending{"Khen thưởng"} }
func newReports(env *Env, s *Shell) screen     { return &pending{"Báo cáo"} }
func newCatalog(env *Env, s *Shell) screen     { return &pending{"Danh mục"} }
func newSettings(env *Env, s *Shell) screen    { return &pending{"Cài đặt"} }
func newAudit(env *Env, s *Shell) screen       { return &pending{"Nhật ký"} }
func newTrash(env *Env, s *Shell) screen       { return &pending{"Thùng rác"} }
