//! The desktop app: articles side by side, shared passages tinted, and a word diff of the selected
//! passage.
//!
//! Parts: [`worker`] runs the analysis on a thread; [`columns`] shows one column per article with
//! cached layouts ([`column_text`] builds their text), and [`navigation`] brings the columns that
//! have the selection into view (the Articles menu jumps to any one); the bottom panel has tabs:
//! [`summary_ui`], shown when a comparison opens, lists what to look at first, a click away;
//! [`passages`] lists the passages and shows the selected one's diffs ([`diff_view`]) and
//! [`same_outlet`] can hide those only versions of one outlet's story share,
//! [`numbers_ui`] tabulates the figures each outlet gives, and the Framing tab ([`framing_ui`])
//! sums up labels and quotes, which the columns mark too ([`frame_marks`]); [`selection`] keeps
//! what is selected; [`open`] gets files in (dialog, path box, drag and drop, recent files) and
//! [`export`] writes the reports out (File → Export);
//! [`problems`] sums up the inputs that could not be loaded in one line, with a Details window;
//! [`help`] has the shortcuts, the Help window and zoom, [`legend`] the colour legend; [`theme`]
//! owns every colour; [`screenshot`] implements `--screenshot`. [`search`] is the search box
//! (Ctrl+F) and its results panel, whose hits are selected spans; [`copy`] makes the column text
//! selectable and copyable.
//!
//! The UI code only reads [`ParallaxApp`] and pushes [`Command`]s ([`commands`]); [`ParallaxApp::apply`] changes
//! state, once, at the end of the frame. The analysis result ([`Comparison`]) is only read.

mod bars;
mod column_order;
mod column_text;
mod columns;
mod commands;
mod copy;
#[cfg(test)]
mod copy_tests;
mod correction_menus;
#[cfg(test)]
mod corrections_tests;
mod corrections_ui;
mod diff_view;
mod export;
#[cfg(test)]
mod export_tests;
#[cfg(test)]
mod fixture;
pub mod frame_bench;
mod frame_marks;
#[cfg(test)]
mod framing_tests;
mod framing_ui;
mod help;
#[cfg(test)]
mod help_tests;
mod legend;
mod navigation;
#[cfg(test)]
mod navigation_tests;
#[cfg(test)]
mod numbers_tests;
mod numbers_ui;
mod open;
mod passages;
mod problems;
#[cfg(test)]
mod problems_tests;
mod same_outlet;
#[cfg(test)]
mod same_outlet_tests;
mod screenshot;
mod search;
#[cfg(test)]
mod search_tests;
mod selection;
#[cfg(test)]
mod session_tests;
mod session_ui;
#[cfg(test)]
mod summary_tests;
mod summary_ui;
mod tabs;
#[cfg(test)]
mod tests;
mod theme;
mod worker;

use std::path::PathBuf;
use std::sync::Arc;

use crate::Comparison;
use crate::load::Source;
use crate::model::{ArticleId, InputError};
use egui::RichText;
use serde::{Deserialize, Serialize};

pub use commands::Command;

use column_order::ColumnOrder;
use columns::{ColumnCache, ColumnsView};
use numbers_ui::{NumberIndex, NumbersView};
use open::OpenState;
use passages::{ListView, SortKey};
use problems::{Problems, ProblemsState};
use screenshot::Screenshot;
use selection::{Focus, SpanTarget};
use tabs::Tab;
use theme::ThemeChoice;
use worker::{Job, JobOutput, Poll};

/// How many recent paths the File menu keeps.
const MAX_RECENT: usize = 10;

/// Open the app window on `paths` (or the embedded seed articles when there are none), analysed
/// with `analysis` (the framing lexicon), and run until it is closed. With `screenshot`, save a PNG
/// of the window once the analysis is shown and close.
pub fn run(paths: Vec<PathBuf>, screenshot: Option<PathBuf>, analysis: crate::Options) -> anyhow::Result<()> {
    let analysis = std::sync::Arc::new(analysis);
    let outcome: screenshot::Outcome = Arc::default();
    let viewport = egui::ViewportBuilder::default()
        .with_title("Parallax")
        .with_inner_size([1400.0, 900.0])
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    let options = eframe::NativeOptions { viewport, persist_window: screenshot.is_none(), ..Default::default() };
    let shot = screenshot.clone().map(|p| Screenshot::new(p, outcome.clone()));
    eframe::run_native(
        "Parallax",
        options,
        Box::new(move |cc| {
            let settings: Settings = match (&shot, cc.storage) {
                (None, Some(storage)) => eframe::get_value(storage, eframe::APP_KEY).unwrap_or_default(),
                _ => Settings::default(),
            };
            let mut settings = settings;
            if shot.is_some() {
                // Screenshot runs only: open on another tab of the bottom panel.
                settings.tab = std::env::var("PARALLAX_TAB").ok().and_then(|t| Tab::parse(&t)).unwrap_or(settings.tab);
            }
            // A new comparison opens on the Summary tab (screenshot runs: on the tab asked for).
            let open_tab = if shot.is_some() { settings.tab } else { Tab::Summary };
            let mut app = ParallaxApp::start(settings, &cc.egui_ctx, paths, analysis);
            app.open_tab = open_tab;
            app.screenshot = shot;
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| {
        anyhow::anyhow!("cannot open the app window: {e} (is a display available? try DISPLAY or WAYLAND_DISPLAY)")
    })?;
    if screenshot.is_none() {
        return Ok(());
    }
    let result = outcome.lock().map(|mut o| o.take()).unwrap_or(None);
    match result {
        Some(Ok(())) => Ok(()),
        Some(Err(e)) => Err(anyhow::anyhow!("screenshot failed: {e}")),
        None => Err(anyhow::anyhow!("the window closed before the screenshot was taken")),
    }
}

/// Settings kept between runs. Everything else in [`ParallaxApp`] is runtime state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Light or dark.
    pub theme: ThemeChoice,
    /// Recently opened paths, newest first.
    pub recent: Vec<String>,
    /// Show page furniture that was set aside, greyed.
    pub show_furniture: bool,
    /// Order of the passage list.
    pub sort: SortKey,
    /// The tab shown in the bottom panel.
    pub tab: Tab,
    /// Hide the passages shared only by versions of one outlet's story.
    pub hide_same_outlet: bool,
    /// The session file last saved or opened, opened again on start.
    pub last_session: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: ThemeChoice::Light,
            recent: Vec::new(),
            show_furniture: false,
            sort: SortKey::Found,
            tab: Tab::Summary,
            hide_same_outlet: false,
            last_session: None,
        }
    }
}

/// The app: settings, the loaded sources, the comparison on screen and UI state.
pub struct ParallaxApp {
    settings: Settings,
    /// Analysis options (the framing lexicon), given on the command line.
    options: std::sync::Arc<crate::Options>,
    /// Every source, in the order opened; re-analysis never needs the disk.
    sources: Vec<Source>,
    /// Which article each column shows (moving a column changes only this).
    order: ColumnOrder,
    /// The id each article has had this session, by path: a new analysis keeps them, so a reader's
    /// "A2" keeps meaning the same article when others are removed or added.
    ids: std::collections::HashMap<String, ArticleId>,
    /// Paths that could not be read, shown until removed or read successfully.
    read_errors: Vec<InputError>,
    cmp: Comparison,
    /// Bumped whenever `cmp` is replaced.
    generation: u64,
    job: Option<Job>,
    /// Source-changing commands that arrived while a job ran.
    deferred: Vec<Command>,
    /// A problem with the analysis itself (the worker went away).
    status: Option<String>,
    /// Problems with the inputs: the summary line and the Details window.
    problems: ProblemsState,
    selected: Option<usize>,
    /// What the tabs show of `cmp` (number order, labels, attribution, quotes), rebuilt when `cmp`
    /// is replaced.
    view: crate::view::ComparisonView,
    /// Lookups over `cmp.numbers`, rebuilt when `cmp` is replaced.
    numbers: NumberIndex,
    /// The selected figure (index in `cmp.numbers`).
    selected_number: Option<usize>,
    /// The selected label or scare quote.
    selected_span: Option<SpanTarget>,
    /// Bumped when the columns should scroll to the selection.
    scroll_request: u64,
    /// What the columns scroll to on a scroll request.
    focus: Focus,
    /// Scroll the passage list to the selection this frame.
    list_scroll: bool,
    /// Which columns to bring into view, and which are pinned.
    nav: navigation::Navigation,
    /// Which help windows are open.
    help: help::HelpState,
    filter: String,
    /// The search box and its results.
    search: search::SearchState,
    columns: ColumnCache,
    open: OpenState,
    /// File → Export: the save dialog, the path box and the last export's message.
    export: export::ExportState,
    /// The analysis as it came, the reader's corrections on it, and undo.
    edits: corrections_ui::EditState,
    /// Saving and opening sessions.
    session: session_ui::SessionState,
    screenshot: Option<Screenshot>,
    /// The tab a new comparison opens on (at start, and when articles are added).
    open_tab: Tab,
}

impl ParallaxApp {
    fn empty(settings: Settings) -> Self {
        ParallaxApp {
            settings,
            options: std::sync::Arc::default(),
            sources: Vec::new(),
            order: ColumnOrder::default(),
            ids: std::collections::HashMap::new(),
            read_errors: Vec::new(),
            cmp: Comparison::default(),
            generation: 0,
            job: None,
            deferred: Vec::new(),
            status: None,
            problems: ProblemsState::default(),
            selected: None,
            view: crate::view::ComparisonView::default(),
            numbers: NumberIndex::default(),
            selected_number: None,
            selected_span: None,
            scroll_request: 0,
            focus: Focus::Passage,
            list_scroll: false,
            nav: navigation::Navigation::default(),
            help: help::HelpState::default(),
            filter: String::new(),
            search: search::SearchState::default(),
            columns: ColumnCache::default(),
            open: OpenState::default(),
            export: export::ExportState::default(),
            edits: corrections_ui::EditState::default(),
            session: session_ui::SessionState::default(),
            screenshot: None,
            open_tab: Tab::Summary,
        }
    }

    /// Start on `paths`, or on the seed articles when there are none; the analysis runs in the background.
    pub fn start(
        settings: Settings,
        ctx: &egui::Context,
        paths: Vec<PathBuf>,
        options: std::sync::Arc<crate::Options>,
    ) -> Self {
        ctx.set_theme(settings.theme.egui_theme());
        let mut app = ParallaxApp::empty(settings);
        app.options = options;
        if app.start_session(&paths, ctx) {
            return app;
        }
        let sources = if paths.is_empty() { crate::seeds::sources() } else { Vec::new() };
        app.job = Some(Job::start(sources, Vec::new(), paths, app.options.clone(), ctx.clone()));
        app
    }

    /// An app showing an analysis that is already done (tests and the frame benchmark).
    pub fn with_output(settings: Settings, output: JobOutput) -> Self {
        let mut app = ParallaxApp::empty(settings);
        app.take_output(output);
        app
    }

    /// True while an analysis runs.
    #[cfg(test)]
    pub fn is_busy(&self) -> bool {
        self.job.is_some() || !self.deferred.is_empty()
    }

    fn take_output(&mut self, mut out: JobOutput) {
        self.session_loaded(out.session.take());
        // A path that brought no article is not offered again (it may have been there before).
        self.settings.recent.retain(|r| !out.failed.contains(r));
        for p in &out.opened {
            let shown = p.display().to_string();
            self.settings.recent.retain(|r| *r != shown);
            self.settings.recent.insert(0, shown);
        }
        self.settings.recent.truncate(MAX_RECENT);
        let kept = self.keep_selection();
        if self.generation == 0 || !out.opened.is_empty() {
            self.settings.tab = self.open_tab;
        }
        self.sources = out.sources;
        self.read_errors = out.read_errors;
        let mut raw = out.comparison;
        self.session.warn(&mut raw);
        self.cmp = self.edits.corrected(raw);
        self.order.follow(&self.cmp);
        for a in &self.cmp.articles {
            self.ids.entry(a.path.clone()).or_insert(a.id);
        }
        let known =
            self.sources.iter().map(|s| s.path.as_str()).chain(self.read_errors.iter().map(|e| e.path.as_str()));
        let inputs = self.sources.len() + self.read_errors.len();
        self.problems.update(Problems::build(&self.cmp, &known.collect(), inputs));
        self.view = crate::view::ComparisonView::build(&self.cmp);
        self.numbers = NumberIndex::build(&self.cmp, &self.view.number_order, self.view.number_lead);
        self.generation += 1;
        // Article indices change with a new analysis.
        self.nav.pinned.clear();
        self.restore_selection(kept);
        self.restore_session_view();
    }

    /// The whole window, one frame.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();
        self.poll(&ctx, &mut commands);
        help::keyboard(&ctx, self.help.help, &mut commands);
        corrections_ui::keyboard(&ctx, &mut commands);
        session_ui::keyboard(&ctx, &mut commands);

        egui::Panel::top("top").show(ui, |ui| self.top_ui(ui, &mut commands));
        egui::Panel::bottom("passages").resizable(true).default_size(330.0).min_size(120.0).show(ui, |ui| {
            self.bottom_ui(ui, &mut commands);
        });
        self.search.refresh(&self.cmp, self.generation);
        search::results_panel(ui, &mut self.search, &self.cmp, &self.settings.theme.palette(), &mut commands);
        let order = self.nav.display_order(self.order.slots());
        egui::CentralPanel::default().show(ui, |ui| {
            let view = ColumnsView {
                cmp: &self.cmp,
                order: &order,
                row_request: self.nav.request,
                target: &self.nav.target,
                reason: &self.nav.reason,
                generation: self.generation,
                selected: self.selected,
                scroll_request: self.scroll_request,
                focus: self.focus,
                numbers: &self.numbers,
                selected_number: self.selected_number,
                selected_span: self.selected_span.as_ref(),
                theme: self.settings.theme,
                show_furniture: self.settings.show_furniture,
                passage_filter: self.passage_filter(),
                loading: self.job.is_some(),
                problems: &self.problems,
            };
            columns::columns_ui(ui, &view, &mut self.columns, &mut commands);
        });
        let palette = self.settings.theme.palette();
        problems::details_ui(&ctx, &self.problems, &palette, &mut commands);
        legend::legend_ui(&ctx, self.help.legend, &palette, &mut commands);
        help::help_ui(&ctx, self.help.help, &palette, &mut commands);
        corrections_ui::list_ui(&ctx, &self.edits, &palette, &mut commands);
        open::drop_hint_ui(ui);
        self.list_scroll = false;

        let ready = self.job.is_none() && self.generation > 0 && commands.is_empty();
        if let Some(shot) = &mut self.screenshot {
            shot.step(&ctx, ready);
        }
        if !commands.is_empty() {
            // The state changed after this frame was drawn: draw the next one without waiting for input.
            ctx.request_repaint();
        }
        for c in commands {
            self.apply(c, &ctx);
        }
    }

    /// Collect what arrived since the last frame: analysis results, dialog answers, dropped files.
    fn poll(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if let Some(job) = &mut self.job {
            match job.poll() {
                Poll::Running => {}
                Poll::Done(out) => {
                    self.job = None;
                    self.status = None;
                    self.take_output(*out);
                    commands.append(&mut self.deferred);
                }
                Poll::Failed(msg) => {
                    self.job = None;
                    self.status = Some(msg);
                    commands.append(&mut self.deferred);
                }
            }
        }
        if let Some(paths) = self.open.poll(ctx) {
            commands.push(Command::OpenPaths(paths));
        }
        commands.extend(self.export.poll(ctx));
        commands.extend(self.session.poll(ctx));
        let dropped = open::dropped_paths(ctx);
        if !dropped.is_empty() {
            commands.push(Command::OpenPaths(dropped));
        }
    }

    fn top_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let palette = self.settings.theme.palette();
        egui::MenuBar::new().ui(ui, |ui| {
            let has_articles = !self.cmp.articles.is_empty() && self.job.is_none();
            ui.menu_button("File", |ui| {
                open::file_menu_ui(ui, &self.open, &self.settings.recent, commands, |ui, commands| {
                    session_ui::file_menu_ui(ui, &self.session, has_articles, commands);
                    export::menu_ui(ui, &self.export, has_articles, commands);
                });
            });
            ui.menu_button("Edit", |ui| corrections_ui::edit_menu_ui(ui, &self.edits, commands));
            // A click in the Find box must not close this menu; a click on an article does.
            let config =
                egui::containers::menu::MenuConfig::new().close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
            egui::containers::menu::MenuButton::new("Articles").config(config).ui(ui, |ui| {
                let order = self.nav.display_order(self.order.slots());
                navigation::articles_menu_ui(ui, &self.cmp, &order, &mut self.nav, commands);
            });
            ui.menu_button("View", |ui| {
                let mut furniture = self.settings.show_furniture;
                if ui.checkbox(&mut furniture, "Show set-aside page furniture").changed() {
                    commands.push(Command::SetShowFurniture(furniture));
                }
                let hide = self.settings.hide_same_outlet;
                same_outlet::switch_ui(ui, self.view.same_outlet_passages, hide, commands);
                let other = self.settings.theme.toggled();
                let label = match other {
                    ThemeChoice::Dark => "Dark theme",
                    ThemeChoice::Light => "Light theme",
                };
                if ui.button(label).clicked() {
                    commands.push(Command::SetTheme(other));
                }
                if ui.button("Colour legend").clicked() {
                    commands.push(Command::View(help::ViewCommand::Legend(true)));
                }
                ui.separator();
                help::zoom_menu_ui(ui, commands);
            });
            ui.menu_button("Help", |ui| help::help_menu_ui(ui, commands));
            ui.separator();
            self.status_ui(ui, commands);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                search::search_box_ui(ui, &mut self.search, commands);
            });
        });
        open::path_entry_ui(ui, &mut self.open, &palette, commands);
        export::path_entry_ui(ui, &mut self.export, &palette, commands);
        session_ui::bar_ui(ui, &mut self.session, &palette, commands);
        problems::summary_ui(ui, &self.problems, &palette, commands);
    }

    fn passages_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let palette = self.settings.theme.palette();
        let order = self.passage_order();
        egui::Panel::left("passage list").resizable(true).default_size(520.0).min_size(200.0).show(ui, |ui| {
            let view = ListView {
                cmp: &self.cmp,
                order: &order,
                selected: self.selected,
                scroll_to_selected: self.list_scroll,
                palette,
                same_outlet: (self.view.same_outlet_passages, self.settings.hide_same_outlet),
            };
            passages::list_ui(ui, &view, self.settings.sort, &mut self.filter, commands);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            passages::detail_ui(ui, &self.cmp, self.selected, &palette);
        });
    }

    /// Change state as one command asks.
    fn apply(&mut self, command: Command, ctx: &egui::Context) {
        if command.changes_sources() && self.job.is_some() {
            self.deferred.push(command);
            return;
        }
        match command {
            c @ (Command::Select(_) | Command::Step(_) | Command::SelectNumber(_) | Command::SelectSpan(_)) => {
                self.apply_selection(c);
            }
            c @ (Command::JumpTo(_) | Command::Pin(_)) => self.apply_navigation(c),
            Command::SetTab(tab) => {
                self.settings.tab = tab;
                self.list_scroll = true;
            }
            Command::OpenPaths(paths) => self.open_paths(ctx, paths),
            Command::RemoveSource(path) => self.close_sources(ctx, &[path]),
            Command::RemoveSources(paths) => self.close_sources(ctx, &paths),
            Command::Problems(c) => self.problems.apply(c),
            Command::MoveSource { path, delta } => {
                // The move shows in the reader's order, not behind pinned columns.
                self.nav.pinned.clear();
                self.order.move_path(&path, delta);
            }
            Command::ResetToSeeds => {
                self.forget_corrections();
                self.sources = crate::seeds::sources();
                self.read_errors.clear();
                self.ids.clear();
                self.reanalyse(ctx, Vec::new());
            }
            Command::CloseAll => {
                self.forget_corrections();
                self.sources.clear();
                self.read_errors.clear();
                self.ids.clear();
                self.reanalyse(ctx, Vec::new());
            }
            Command::ShowDialog(kind) => self.open.start_dialog(kind, ctx),
            Command::ShowPathEntry(show) => {
                self.open.path_entry_visible = show;
                self.open.focus_path = show;
            }
            Command::ClearPathText => self.open.path_text.clear(),
            Command::DismissNotice => self.open.notice = None,
            Command::DismissStatus => self.status = None,
            Command::ClearRecent => self.settings.recent.clear(),
            Command::SetTheme(t) => {
                self.settings.theme = t;
                ctx.set_theme(t.egui_theme());
            }
            Command::View(c) => self.help.apply(c, ctx),
            Command::SetShowFurniture(b) => self.settings.show_furniture = b,
            Command::SetHideSameOutlet(b) => self.set_hide_same_outlet(b),
            Command::SetSort(k) => self.settings.sort = k,
            Command::Export(c) => self.apply_export(c, ctx),
            Command::Correct(c) => self.apply_correction(c, ctx),
            Command::Session(c) => self.apply_session(c, ctx),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }

    fn remove_sources(&mut self, ctx: &egui::Context, paths: &[String]) {
        let gone: std::collections::HashSet<&str> = paths.iter().map(String::as_str).collect();
        self.sources.retain(|s| !gone.contains(s.path.as_str()));
        self.read_errors.retain(|e| !gone.contains(e.path.as_str()));
        self.reanalyse(ctx, Vec::new());
    }

    fn reanalyse(&mut self, ctx: &egui::Context, new_paths: Vec<PathBuf>) {
        let mut options = (*self.options).clone();
        options.article_ids = self.ids.clone();
        let options = std::sync::Arc::new(options);
        let job = Job::start(self.sources.clone(), self.read_errors.clone(), new_paths, options, ctx.clone());
        self.job = Some(job);
    }
}

impl eframe::App for ParallaxApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.screenshot.is_none() {
            eframe::set_value(storage, eframe::APP_KEY, &self.settings);
        }
    }
}
