import {repository} from '@loopback/repository';
import {get, getModelSchemaRef, param, response} from '@loopback/rest';
import {Product} from '../models';
import {OrderItemRepository} from '../repositories';

// LoopBack 3's endpoints of OrderItem.product, at its paths (/OrderItems/{id}/product).
export class OrderItemProductController {
  constructor(
    @repository(OrderItemRepository)
    protected orderItemRepository: OrderItemRepository,
  ) {}

  @get('/OrderItems/{id}/product')
  @response(200, {
    description: 'OrderItem.product: the Product it belongs to',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Product),
      },
    },
  })
  async get(@param.path.number('id') id: number): Promise<Product> {
    return this.orderItemRepository.product(id);
  }
}
