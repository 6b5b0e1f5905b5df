package th.tipnet.exhibition;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationSummary;
import th.tipnet.events.EventSummary;
import th.tipnet.events.EventPlanning;

/**
 * The organiser's side of an exhibition: the booths with a form to allocate one to an organisation
 * of the directory, a booth's page to change or remove it and to show products with their photos,
 * and a product's page. {@link Exhibitors} and {@link Showcase} check again that the user manages the event.
 */
@Controller
@RequestMapping("/events/{slug}/organise/exhibition")
class ExhibitionOrganisePages {

	private final EventPlanning planning;

	private final Exhibitors exhibitors;

	private final Showcase showcase;

	private final Directory directory;

	private final BoothOffers offers;

	ExhibitionOrganisePages(EventPlanning planning, Exhibitors exhibitors, Showcase showcase, Directory directory,
			BoothOffers offers) {
		this.offers = offers;
		this.planning = planning;
		this.exhibitors = exhibitors;
		this.showcase = showcase;
		this.directory = directory;
	}

	@GetMapping
	String booths(@PathVariable @Size(max = 80) String slug, Model model, Locale locale) {
		EventSummary event = managed(slug);
		model.addAttribute("form", BoothForm.blank());
		return boothsPage(event, model, locale);
	}

	@PostMapping("/booths")
	String allocate(@PathVariable @Size(max = 80) String slug, @Valid @ModelAttribute("form") BoothForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		EventSummary event = managed(slug);
		return FormErrors.submit(result, response, () -> {
			Booth booth = exhibitors.allocate(event.id().value(), form.allocation());
			redirect.addFlashAttribute("allocated", booth.number());
			return "redirect:/events/" + event.slug() + "/organise/exhibition";
		}, () -> boothsPage(event, model, locale));
	}

	@GetMapping("/booths/{boothId}")
	String booth(@PathVariable @Size(max = 80) String slug, @PathVariable UUID boothId, Model model, Locale locale) {
		EventSummary event = managed(slug);
		Booth booth = exhibitors.managedBooth(event.id().value(), boothId);
		model.addAttribute("form", BoothForm.of(booth));
		model.addAttribute("productForm", ProductForm.blank());
		return boothPage(event, booth, model, locale);
	}

	@PostMapping("/booths/{boothId}")
	String change(@PathVariable @Size(max = 80) String slug, @PathVariable UUID boothId,
			@Valid @ModelAttribute("form") BoothForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		EventSummary event = managed(slug);
		Booth booth = exhibitors.managedBooth(event.id().value(), boothId);
		model.addAttribute("productForm", ProductForm.blank());
		return FormErrors.submit(result, response, () -> {
			Booth changed = exhibitors.change(event.id().value(), boothId, form.versionOrZero(), form.allocation());
			redirect.addFlashAttribute("saved", changed.number());
			return "redirect:/events/" + event.slug() + "/organise/exhibition/booths/" + boothId;
		}, () -> boothPage(event, booth, model, locale));
	}

	@PostMapping("/booths/{boothId}/remove")
	String remove(@PathVariable @Size(max = 80) String slug, @PathVariable UUID boothId, RedirectAttributes redirect) {
		EventSummary event = managed(slug);
		Booth booth = exhibitors.managedBooth(event.id().value(), boothId);
		exhibitors.remove(event.id().value(), boothId);
		redirect.addFlashAttribute("removed", booth.number());
		return "redirect:/events/" + event.slug() + "/organise/exhibition";
	}

	@PostMapping("/booths/{boothId}/products")
	String addProduct(@PathVariable @Size(max = 80) String slug, @PathVariable UUID boothId,
			@Valid @ModelAttribute("productForm") ProductForm form, BindingResult result,
			@RequestParam(name = "photo", required = false) MultipartFile photo, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		EventSummary event = managed(slug);
		Booth booth = exhibitors.managedBooth(event.id().value(), boothId);
		model.addAttribute("form", BoothForm.of(booth));
		return submitWithPhoto(result, response, model, () -> {
			Product product = showcase.show(event.id().value(), boothId, form.details(), bytes(photo));
			redirect.addFlashAttribute("productAdded", product.nameTh());
			return "redirect:/events/" + event.slug() + "/organise/exhibition/booths/" + boothId + "#products";
		}, () -> boothPage(event, booth, model, locale));
	}

	@GetMapping("/products/{productId}")
	String product(@PathVariable @Size(max = 80) String slug, @PathVariable UUID productId, Model model) {
		EventSummary event = managed(slug);
		Product product = showcase.managedProduct(event.id().value(), productId);
		model.addAttribute("productForm", ProductForm.of(product));
		return productPage(event, product, model);
	}

	@PostMapping("/products/{productId}")
	String changeProduct(@PathVariable @Size(max = 80) String slug, @PathVariable UUID productId,
			@Valid @ModelAttribute("productForm") ProductForm form, BindingResult result,
			@RequestParam(name = "photo", required = false) MultipartFile photo, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		EventSummary event = managed(slug);
		Product product = showcase.managedProduct(event.id().value(), productId);
		return submitWithPhoto(result, response, model, () -> {
			showcase.change(event.id().value(), productId, form.versionOrZero(), form.details(), bytes(photo),
					Boolean.TRUE.equals(form.removePhoto()));
			redirect.addFlashAttribute("productSaved", form.nameTh());
			return "redirect:/events/" + event.slug() + "/organise/exhibition/booths/" + product.booth().id() + "#products";
		}, () -> productPage(event, product, model));
	}

	@PostMapping("/products/{productId}/remove")
	String removeProduct(@PathVariable @Size(max = 80) String slug, @PathVariable UUID productId,
			RedirectAttributes redirect) {
		EventSummary event = managed(slug);
		Product product = showcase.managedProduct(event.id().value(), productId);
		showcase.withdraw(event.id().value(), productId);
		redirect.addFlashAttribute("productRemoved", product.nameTh());
		return "redirect:/events/" + event.slug() + "/organise/exhibition/booths/" + product.booth().id() + "#products";
	}

	private String boothsPage(EventSummary event, Model model, Locale locale) {
		List<Booth> booths = exhibitors.booths(event.id().value());
		model.addAttribute("event", event);
		model.addAttribute("exhibitors", booths.stream().map(b -> ExhibitionView.exhibitor(event, b, directory, locale)).toList());
		model.addAttribute("offers", offers.at(event.id().value(), locale));
		return formModel("exhibition/organise", model, locale);
	}

	private String boothPage(EventSummary event, Booth booth, Model model, Locale locale) {
		model.addAttribute("event", event);
		model.addAttribute("exhibitor", ExhibitionView.exhibitor(event, booth, directory, locale));
		return formModel("exhibition/booth", model, locale);
	}

	private String productPage(EventSummary event, Product product, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("product", product);
		model.addAttribute("photoHref", ExhibitionView.photoHref(event, product));
		return "exhibition/product";
	}

	private String formModel(String view, Model model, Locale locale) {
		model.addAttribute("types", BoothType.values());
		model.addAttribute("organisations", directory.summaries()
			.stream()
			.filter(OrganisationSummary::active)
			.map(o -> OrganisationOption.of(o, locale))
			.sorted(Comparator.comparing(OrganisationOption::label, java.text.Collator.getInstance(locale)))
			.toList());
		return view;
	}

	/**
	 * {@link FormErrors#submit} for a form with a photo beside it: a refused photo goes beside the photo
	 * field (it is a multipart file, not a field of the form), every other reason beside its own field.
	 */
	private static String submitWithPhoto(BindingResult result, HttpServletResponse response, Model model,
			FormErrors.Action<IOException> action, Supplier<String> page) throws IOException {
		if (FormErrors.invalid(result, response)) {
			return page.get();
		}
		return FormErrors.attempt(response, action, e -> {
			rejectWithPhoto(result, e, response, model);
			return page.get();
		});
	}

	private static void rejectWithPhoto(BindingResult result, DomainException e, HttpServletResponse response,
			Model model) {
		if (e instanceof InvalidInput invalid) {
			invalid.violations()
				.stream()
				.filter(v -> "photo".equals(v.field()))
				.findFirst()
				.ifPresent(v -> {
					model.addAttribute("photoError", v.messageKey());
					model.addAttribute("photoErrorArgs", v.arguments());
				});
			List<InvalidInput.Violation> others = invalid.violations().stream().filter(v -> !"photo".equals(v.field())).toList();
			if (!others.isEmpty()) {
				FormErrors.reject(result, new InvalidInput(others), response);
			}
			response.setStatus(e.status().value());
			return;
		}
		FormErrors.reject(result, e, response);
	}

	/** An organisation to choose: its name in the reader's language and its abbreviation. */
	record OrganisationOption(UUID id, String label) {

		static OrganisationOption of(OrganisationSummary o, Locale locale) {
			String name = o.name(locale);
			String abbreviation = ExhibitionView.shortName(o, locale);
			return new OrganisationOption(o.id().value(), abbreviation.equals(name) ? name : name + " (" + abbreviation + ")");
		}
	}

	private EventSummary managed(String slug) {
		return planning.managed(planning.summary(slug).id());
	}

	private static byte[] bytes(MultipartFile file) throws IOException {
		return file == null || file.isEmpty() ? null : file.getBytes();
	}
}
