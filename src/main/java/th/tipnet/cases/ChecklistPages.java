package th.tipnet.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.web.FormErrors;

/**
 * The screening checklist's page: every indicator by part, in the order a team answers them, the
 * retired ones after; a network coordinator adds, rewords, reorders and retires them here (the
 * same {@link Checklist} as the API). Others who screen or oversee cases read it.
 */
@Controller
@RequestMapping("/cases/checklist")
class ChecklistPages {

	private final Checklist checklist;

	ChecklistPages(Checklist checklist) {
		this.checklist = checklist;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		model.addAttribute("form", new IndicatorForm());
		return listPage(model, locale);
	}

	@PostMapping
	String add(@ModelAttribute("form") IndicatorForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return FormErrors.submit(result, response, () -> {
			ChecklistIndicator added = checklist.add(form.wording());
			redirect.addFlashAttribute("saved", added.text(locale));
			return "redirect:/cases/checklist";
		}, () -> listPage(model, locale));
	}

	@GetMapping("/{indicatorId}")
	String edit(@PathVariable UUID indicatorId, Model model) {
		ChecklistIndicator i = checklist.get(indicatorId);
		model.addAttribute("form", IndicatorForm.of(i));
		return editPage(i, model);
	}

	@PostMapping("/{indicatorId}")
	String reword(@PathVariable UUID indicatorId, @ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return FormErrors.submit(result, response, () -> {
			ChecklistIndicator i = checklist.reword(indicatorId, form.getVersion(), form.wording());
			redirect.addFlashAttribute("saved", i.text(locale));
			return "redirect:/cases/checklist";
		}, () -> editPage(checklist.get(indicatorId), model));
	}

	@PostMapping("/{indicatorId}/move")
	String move(@PathVariable UUID indicatorId, @RequestParam long version, @RequestParam int position, Locale locale,
			RedirectAttributes redirect) {
		ChecklistIndicator i = checklist.move(indicatorId, version, position);
		redirect.addFlashAttribute("saved", i.text(locale));
		return "redirect:/cases/checklist#indicator-" + i.id();
	}

	@PostMapping("/{indicatorId}/retire")
	String retire(@PathVariable UUID indicatorId, @RequestParam long version, Locale locale, RedirectAttributes redirect) {
		ChecklistIndicator i = checklist.retire(indicatorId, version);
		redirect.addFlashAttribute("retired", i.text(locale));
		return "redirect:/cases/checklist";
	}

	private String listPage(Model model, Locale locale) {
		List<ChecklistIndicator> all = checklist.all();
		List<Part> parts = new ArrayList<>();
		for (Indicator.Group g : Indicator.Group.values()) {
			List<ChecklistIndicator> active = all.stream().filter(i -> i.group() == g && i.active()).toList();
			List<Row> rows = new ArrayList<>();
			for (int p = 0; p < active.size(); p++) {
				rows.add(new Row(active.get(p), p + 1, active.size()));
			}
			all.stream().filter(i -> i.group() == g && !i.active()).forEach(i -> rows.add(new Row(i, 0, active.size())));
			parts.add(new Part(g.name(), rows, Indicator.codesOf(g).stream().map(code -> new Indicator(g, code)).toList()));
		}
		model.addAttribute("parts", parts);
		model.addAttribute("groups", Indicator.Group.values());
		model.addAttribute("mayEdit", Checklist.editsChecklist());
		return "cases/checklist";
	}

	private String editPage(ChecklistIndicator i, Model model) {
		model.addAttribute("indicator", i);
		model.addAttribute("mayEdit", Checklist.editsChecklist());
		return "cases/checklist-edit";
	}

	/** One part of the definition and its indicators; {@code codes} are those a new one may carry. */
	record Part(String name, List<Row> rows, List<Indicator> codes) {
	}

	/** An indicator with its place among its part's active ones (0 when retired) and the part's size. */
	record Row(ChecklistIndicator indicator, int place, int of) {

		public String key() {
			return indicator.key();
		}

		public UUID id() {
			return indicator.id();
		}

		public String textTh() {
			return indicator.textTh();
		}

		public String textEn() {
			return indicator.textEn();
		}

		public boolean required() {
			return indicator.required();
		}

		public boolean active() {
			return indicator.active();
		}

		public long version() {
			return indicator.version();
		}
	}

	/** The add and reword forms as posted; {@link Checklist} checks them. */
	public static class IndicatorForm {

		private long version;

		private String group;

		private String code;

		private String textTh;

		private String textEn;

		private boolean required;

		static IndicatorForm of(ChecklistIndicator i) {
			IndicatorForm f = new IndicatorForm();
			f.version = i.version();
			f.group = i.group().name();
			f.code = i.code();
			f.textTh = i.textTh();
			f.textEn = i.textEn();
			f.required = i.required();
			return f;
		}

		/** The add form picks part and code in one list ({@code MEANS:DebtBondage}); the reword form sends neither. */
		Checklist.Wording wording() {
			if (group == null && code != null && code.contains(":")) {
				return new Checklist.Wording(code.substring(0, code.indexOf(':')), code.substring(code.indexOf(':') + 1), textTh,
						textEn, required);
			}
			return new Checklist.Wording(group, code, textTh, textEn, required);
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getGroup() {
			return group;
		}

		public void setGroup(String group) {
			this.group = group;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getTextTh() {
			return textTh;
		}

		public void setTextTh(String textTh) {
			this.textTh = textTh;
		}

		public String getTextEn() {
			return textEn;
		}

		public void setTextEn(String textEn) {
			this.textEn = textEn;
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}
	}
}
